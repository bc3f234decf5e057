import { describe, expect, it } from "vitest";
import { documentText, isRecordId, multiLine, singleLine, textProblem } from "./safe-text";

const LONE_HIGH = "\ud83d";
const LONE_LOW = "\ude00";

describe("one validation layer for text", () => {
  it("refuses what PostgreSQL cannot store in every kind of field", () => {
    for (const kind of ["line", "text", "document"] as const) {
      expect(textProblem("a\u0000b", kind)).not.toBeNull();
      expect(textProblem(`a${LONE_HIGH}b`, kind)).toBe("not-storable");
      expect(textProblem(`a${LONE_LOW}`, kind)).toBe("not-storable");
      expect(textProblem("😀 ok", kind)).toBeNull();
    }
  });

  it("refuses line breaks, tabs, C1 controls and bidi overrides in one-line fields", () => {
    for (const bad of ["a\rb", "a\nb", "a\u2028b", "a\u0085b", "a\tb", "a\u000bb", "a\u202eb", "a\u2066b", "a\u009bb"]) {
      expect(textProblem(bad, "line"), JSON.stringify(bad)).not.toBeNull();
    }
    expect(textProblem("Zoë Ñandú-O'Brien", "line")).toBeNull();
  });

  it("lets paragraphs through multi-line fields and tabs through documents", () => {
    expect(textProblem("one\ntwo", "text")).toBeNull();
    expect(textProblem("a\u202eb", "text")).toBe("control");
    expect(textProblem("col\tcol\n\fpage", "document")).toBeNull();
    expect(textProblem("a\u0007b", "document")).toBe("control");
  });

  it("gives a sentence, never a crash, through the zod builders", () => {
    expect(singleLine("yourName", 50).safeParse("Jane\r\nBcc: x").error?.issues[0]?.message).toBe('text.lineBreak|{"label":"yourName"}');
    expect(multiLine("note", 100).parse("a\r\nb ")).toBe("a\nb");
    expect(documentText("policyText", 100).safeParse("x\u0000").error?.issues[0]?.message).toMatch(/^text.notStorable\|/);
    expect(singleLine("yourName", 50).safeParse("Jo\ud800").error?.issues[0]?.message).toMatch(/^text.notStorable\|/);
    expect(singleLine("yourName", 10).safeParse(42).error?.issues[0]?.message).toBe('text.notText|{"label":"yourName"}');
  });

  it("checks ids by shape", () => {
    expect(isRecordId("cm4abcdefghij0123456789")).toBe(true);
    for (const bad of ["", "a b", "a\u0000", `x${LONE_HIGH}`, "../etc", "x".repeat(65), 42, null, ["a"]]) expect(isRecordId(bad)).toBe(false);
  });
});
