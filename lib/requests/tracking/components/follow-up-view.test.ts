import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { deadlineSentence } from "./follow-up-view";

describe("deadlineSentence", () => {
  it("speaks of the deadline in its tense", () => {
    expect(deadlineSentence("2026-12-01", "2026-12-02")).toBe("The deadline was Tuesday, 1 December 2026.");
    expect(deadlineSentence("2026-12-02", "2026-12-02")).toBe("The deadline is today, Wednesday, 2 December 2026.");
    expect(deadlineSentence("2026-12-20", "2026-12-02")).toBe("The deadline is Sunday, 20 December 2026: it has not passed yet.");
  });

  it("in the reader's language", () => {
    const { t, format } = translatorFor("de");
    expect(deadlineSentence("2026-12-01", "2026-12-02", (key, values) => t(`tracking.followUp.deadline.${key}`, values), format)).toBe(
      "Die Frist endete am Dienstag, 1. Dezember 2026.",
    );
  });
});
