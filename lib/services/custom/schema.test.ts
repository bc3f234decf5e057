import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { MAX_SOURCE_CHARS, parseDuration, saveCustomServiceSchema, type ProposalChoice, type SaveCustomServiceInput } from "./schema";

const choice = (over: Partial<ProposalChoice>): ProposalChoice => ({
  index: 0,
  kind: "email",
  start: 0,
  end: 5,
  accepted: true,
  value: "dpo@example.org",
  ...over,
});
const input = (over: Partial<SaveCustomServiceInput> = {}): SaveCustomServiceInput => ({
  name: "Example",
  sourceName: null,
  sourceText: "Write to dpo@example.org.",
  proposals: [choice({})],
  ...over,
});
const issues = (value: unknown) => {
  const result = saveCustomServiceSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${inEnglish(i.message)}`);
};

describe("saveCustomServiceSchema", () => {
  it("accepts a named service with kept proposals and trims the name", () => {
    expect(saveCustomServiceSchema.parse(input({ name: "  Example  " })).name).toBe("Example");
  });

  it("requires a name of at most 120 characters", () => {
    expect(issues(input({ name: "   " }))).toEqual(["name: Give the service a name."]);
    expect(issues(input({ name: "x".repeat(121) }))).toEqual(["name: Keep the name under 120 characters."]);
    expect(issues(input({ name: "x".repeat(120) }))).toEqual([]);
  });

  it("checks kept emails and only allows http(s) links", () => {
    expect(issues(input({ proposals: [choice({ value: "not an address" })] }))).toEqual([
      "proposals.0.value: Enter an email address like privacy@example.com.",
    ]);
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org/x", "example.org/privacy"]) {
      expect(issues(input({ proposals: [choice({ kind: "url", value: url })] }))).toEqual([
        "proposals.0.value: Enter a link that starts with https:// or http://.",
      ]);
    }
    expect(issues(input({ proposals: [choice({ kind: "url", value: "https://example.org/privacy" })] }))).toEqual([]);
  });

  it("ignores the value of a proposal that is left out, but needs one kept", () => {
    const left = choice({ accepted: false, value: "javascript:alert(1)", kind: "url" });
    expect(issues(input({ proposals: [left, choice({ index: 1 })] }))).toEqual([]);
    expect(issues(input({ proposals: [left] }))).toEqual(["proposals: Keep at least one fact: a service with none would not help you write a request."]);
  });

  it("checks rights, laws, dates, durations and subject lines against what they can be", () => {
    expect(issues(input({ proposals: [choice({ kind: "right", value: "erase-everything" })] }))).toEqual(["proposals.0.value: Choose a right."]);
    expect(issues(input({ proposals: [choice({ kind: "jurisdiction", value: "gdpr" })] }))).toEqual(["proposals.0.value: Choose a law."]);
    expect(issues(input({ proposals: [choice({ kind: "effective-date", value: "2023-02-30" })] }))).toHaveLength(1);
    expect(issues(input({ proposals: [choice({ kind: "effective-date", value: "2024-02-29" })] }))).toEqual([]);
    expect(issues(input({ proposals: [choice({ kind: "duration", value: "soon", role: "response" })] }))).toHaveLength(1);
    expect(issues(input({ proposals: [choice({ kind: "subject-line", value: "a\nb" })] }))).toHaveLength(1);
    expect(issues(input({ proposals: [choice({ kind: "include-username", value: "" })] }))).toEqual([]);
  });

  it("refuses unknown kinds and a text too long to save", () => {
    expect(issues(input({ proposals: [choice({ kind: "script" as ProposalChoice["kind"] })] }))).toHaveLength(1);
    expect(issues(input({ sourceText: "x".repeat(MAX_SOURCE_CHARS + 1) }))).toEqual(["sourceText: The policy text is too long to save."]);
  });
});

describe("parseDuration", () => {
  it("reads days and months within sensible bounds", () => {
    expect(parseDuration("30 days")).toEqual({ days: 30 });
    expect(parseDuration(" 45 calendar days ")).toEqual({ days: 45 });
    expect(parseDuration("1 Month")).toEqual({ months: 1 });
    expect(parseDuration("0 days")).toBeNull();
    expect(parseDuration("121 months")).toBeNull();
    expect(parseDuration("thirty days")).toBeNull();
  });
});
