import { describe, expect, it } from "vitest";
import { fileNamePart, letterFileName } from "./file-names";

describe("letterFileName", () => {
  it("names a letter after the company, the rights asked and the date", () => {
    expect(letterFileName({ company: "Netflix", what: ["access", "deletion"], date: "2026-12-02" })).toBe("netflix-access-deletion-2026-12-02");
    expect(letterFileName({ company: "SCHUFA Holding AG", what: "complaint", date: "2026-12-02" })).toBe("schufa-holding-ag-complaint-2026-12-02");
  });

  it("keeps only ASCII letters and digits: accents folded, quotes and slashes gone", () => {
    expect(fileNamePart('Société Générale "Bank"/../x')).toBe("societe-generale-bank-x");
    expect(fileNamePart("Müller & Söhne")).toBe("muller-sohne");
  });

  it("never yields an empty or overlong name", () => {
    expect(letterFileName({ company: "株式会社", what: [], date: "not a date" })).toBe("letter");
    expect(fileNamePart("a".repeat(100)).length).toBeLessThanOrEqual(40);
    expect(fileNamePart("word ".repeat(30))).toMatch(/^word(-word)*$/);
  });
});
