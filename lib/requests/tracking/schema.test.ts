import { describe, expect, it } from "vitest";
import { LETTER_LANGUAGES } from "@/lib/letters/languages";
import { recordEventSchema } from "./schema";

describe("recordEventSchema", () => {
  it("accepts exactly the letter languages for the letter the user sent", () => {
    const base = { type: "follow-up-sent", on: "2026-09-03", timeZone: "UTC" };
    for (const language of LETTER_LANGUAGES) expect(recordEventSchema.safeParse({ ...base, language }).success, language).toBe(true);
    expect(recordEventSchema.safeParse({ ...base, language: "sv" }).success).toBe(false);
  });
});
