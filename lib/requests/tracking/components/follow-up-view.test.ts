import { describe, expect, it } from "vitest";
import { deadlineSentence } from "./follow-up-view";

describe("deadlineSentence", () => {
  it("speaks of the deadline in its tense", () => {
    expect(deadlineSentence("2026-12-01", "2026-12-02")).toBe("The deadline was Tuesday, 1 December 2026.");
    expect(deadlineSentence("2026-12-02", "2026-12-02")).toBe("The deadline is today, Wednesday, 2 December 2026.");
    expect(deadlineSentence("2026-12-20", "2026-12-02")).toBe("The deadline is Sunday, 20 December 2026: it has not passed yet.");
  });
});
