import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { preferencesSchema } from "./schema";

const valid = { daysBefore: ["1", "7"], overdue: true, digest: false, timeZone: "Europe/Berlin", quietFrom: "21", quietTo: "8", emailsOn: true };

describe("preferencesSchema", () => {
  it("takes the form's strings and gives numbers, days largest first", () => {
    expect(preferencesSchema.parse(valid)).toEqual({ ...valid, daysBefore: [7, 1], quietFrom: 21, quietTo: 8 });
  });

  it("takes a checkbox group with one or no box ticked", () => {
    expect(preferencesSchema.parse({ ...valid, daysBefore: "3" }).daysBefore).toEqual([3]);
    expect(preferencesSchema.parse({ ...valid, daysBefore: false }).daysBefore).toEqual([]);
  });

  it("refuses days it does not offer, unknown zones and impossible hours", () => {
    expect(preferencesSchema.safeParse({ ...valid, daysBefore: ["5"] }).success).toBe(false);
    expect(inEnglish(preferencesSchema.safeParse({ ...valid, timeZone: "Mars/Olympus" }).error?.issues[0]?.message ?? "")).toBe(
      "Choose a time zone from the list.",
    );
    expect(preferencesSchema.safeParse({ ...valid, quietTo: "24" }).success).toBe(false);
  });
});
