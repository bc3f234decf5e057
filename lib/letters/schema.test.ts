import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { correctionItemSchema, LETTER_LIMITS, letterLanguageSchema, letterRequestSchema, letterSpecificsSchema, requesterSchema } from "./schema";

const valid = { name: "Jörg Müßig", email: "joerg@example.de" };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${inEnglish(i.message)}`) ?? [];

describe("requesterSchema", () => {
  it("accepts a plain requester, trims, and reads empty optional fields as not given", () => {
    const parsed = requesterSchema.parse({ ...valid, name: "  Jörg Müßig ", accountEmail: "", username: "", postalAddress: "" });
    expect(parsed).toEqual({ name: "Jörg Müßig", email: "joerg@example.de", accountEmail: undefined, username: undefined, postalAddress: undefined });
  });

  it("refuses line breaks in one-line fields: the start of header injection", () => {
    const result = requesterSchema.safeParse({ name: "Eve\r\nBcc: x@evil.example", email: "eve@example.com\nBcc: y@evil.example", username: "eve\u2028x" });
    expect(messages(result)).toEqual([
      "name: Your name must be a single line: line breaks are not allowed.",
      "email: Your email address must be a single line: line breaks are not allowed.",
      "username: Your username must be a single line: line breaks are not allowed.",
    ]);
  });

  it("refuses other control characters, including tabs, NUL and bidi overrides", () => {
    for (const name of ["a\tb", "a\u0000b", "a\u001bb", "a\u0085b", "a\u202eb"]) {
      const result = requesterSchema.safeParse({ ...valid, name });
      expect(result.success, JSON.stringify(name)).toBe(false);
    }
    expect(messages(requesterSchema.safeParse({ ...valid, name: "a\tb" }))).toEqual([
      "name: Your name contains a control character (such as a tab); please retype it.",
    ]);
  });

  it("keeps line breaks in the postal address, normalising the browser's CRLF, but no other control character", () => {
    expect(requesterSchema.parse({ ...valid, postalAddress: "Hauptstraße 1\r\n10115 Berlin" }).postalAddress).toBe("Hauptstraße 1\n10115 Berlin");
    expect(requesterSchema.safeParse({ ...valid, postalAddress: "Hauptstraße 1\r10115 Berlin" }).success).toBe(false);
    expect(requesterSchema.safeParse({ ...valid, postalAddress: "Hauptstraße 1\u202810115 Berlin" }).success).toBe(false);
  });

  it("limits lengths: names 200, fields 500", () => {
    expect(requesterSchema.safeParse({ ...valid, name: "a".repeat(LETTER_LIMITS.name) }).success).toBe(true);
    expect(messages(requesterSchema.safeParse({ ...valid, name: "a".repeat(201) }))).toEqual(["name: Your name must be at most 200 characters."]);
    expect(requesterSchema.safeParse({ ...valid, postalAddress: "a".repeat(501) }).success).toBe(false);
    const identifiers = Array.from({ length: 11 }, (_, i) => ({ label: `Id ${i}`, value: "x" }));
    expect(messages(requesterSchema.safeParse({ ...valid, otherIdentifiers: identifiers }))).toEqual(["otherIdentifiers: Give at most 10 other identifiers."]);
  });

  it("refuses invalid and missing email addresses and an empty name", () => {
    expect(messages(requesterSchema.safeParse({ name: " ", email: "not-an-address" }))).toEqual([
      "name: Enter your name.",
      "email: Your email address is not a valid email address.",
    ]);
    expect(requesterSchema.safeParse({ ...valid, accountEmail: "x@" }).success).toBe(false);
  });
});

describe("letterSpecificsSchema and correctionItemSchema", () => {
  it("accepts multi-line values up to 500 and free text up to 2000", () => {
    expect(correctionItemSchema.parse({ field: "Address", currentValue: "Old St 1\r\nOldtown", correctValue: "New St 2\nNewtown" }).currentValue).toBe(
      "Old St 1\nOldtown",
    );
    expect(correctionItemSchema.safeParse({ field: "Address", currentValue: "", correctValue: "x".repeat(501) }).success).toBe(false);
    expect(letterSpecificsSchema.safeParse({ deletion: { scope: "parts", parts: "x".repeat(LETTER_LIMITS.freeText) } }).success).toBe(true);
    expect(messages(letterSpecificsSchema.safeParse({ deletion: { scope: "parts", parts: "x".repeat(2001) } }))).toEqual([
      "deletion.parts: The data to delete must be at most 2000 characters.",
    ]);
  });

  it("needs a field and a correct value, the parts of a partial deletion and a known format", () => {
    expect(messages(correctionItemSchema.safeParse({ field: "", currentValue: "", correctValue: "" }))).toEqual([
      "field: Name the field to correct.",
      "correctValue: Enter the correct value.",
    ]);
    expect(messages(letterSpecificsSchema.safeParse({ deletion: { scope: "parts" } }))).toEqual(["deletion.parts: Describe the data to delete."]);
    expect(messages(letterSpecificsSchema.safeParse({ portability: { format: "xml" } }))).toEqual(["portability.format: Choose a format: JSON, CSV or any."]);
    expect(messages(letterSpecificsSchema.safeParse({ correction: [] }))).toEqual(["correction: List at least one field to correct."]);
  });

  it("refuses a tab in a correction's field name", () => {
    expect(correctionItemSchema.safeParse({ field: "Na\tme", currentValue: "", correctValue: "x" }).success).toBe(false);
  });
});

describe("letterLanguageSchema and letterRequestSchema", () => {
  it("knows the letter languages and names them when refusing another", () => {
    expect(letterLanguageSchema.parse("de")).toBe("de");
    expect(messages(letterLanguageSchema.safeParse("sv"))).toEqual([
      ": Choose the letter's language: English, German, French, Spanish, Italian, Dutch, Portuguese (Portugal), Portuguese (Brazil), Polish.",
    ]);
  });

  it("parses what the wizard submits", () => {
    const parsed = letterRequestSchema.parse({ regime: "eu-gdpr", rights: ["access"], language: "en", requester: valid, specifics: {}, date: "2026-09-03" });
    expect(parsed.requester.name).toBe("Jörg Müßig");
    expect(letterRequestSchema.safeParse({ regime: "eu-gdpr", rights: [], language: "en", requester: valid, specifics: {}, date: "3.9.2026" }).success).toBe(
      false,
    );
  });
});
