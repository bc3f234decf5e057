import { describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/testing/english-issues";
import { composeLetter, LetterInputError } from "./compose";
import { letterInput, version } from "./fixtures";
import type { LetterInput } from "./types";

function errorOf(input: LetterInput): LetterInputError {
  try {
    composeLetter(input);
  } catch (error) {
    if (error instanceof LetterInputError) return error;
    throw error;
  }
  throw new Error("composeLetter accepted the input");
}

describe("composeLetter refuses input it cannot write a correct letter from", () => {
  it("a right the regime does not grant", () => {
    const error = errorOf(letterInput({ regime: "ccpa", rights: ["portability"] }));
    expect(error).toMatchObject({ code: "right-not-granted", field: "rights" });
    expect(error.message).toBe(
      'California (CCPA) does not grant the right "portability". Rights it grants: access, deletion, correction, opt-out-sale, limit-sensitive.',
    );
  });

  it("no rights, an unknown regime or language", () => {
    expect(errorOf(letterInput({ rights: [] }))).toMatchObject({ code: "no-rights", field: "rights" });
    expect(errorOf(letterInput({ regime: "gdpr" as never }))).toMatchObject({ code: "unknown-regime", message: '"gdpr" is not a law the letters know.' });
    expect(errorOf(letterInput({ language: "sv" as never }))).toMatchObject({ code: "invalid-language", field: "language" });
  });

  it("a date that does not exist", () => {
    expect(errorOf(letterInput({ date: "2026-02-30" }))).toMatchObject({
      code: "invalid-date",
      message: 'The letter\'s date "2026-02-30" does not exist in the calendar.',
    });
    expect(errorOf(letterInput({ date: "03/09/2026" }))).toMatchObject({ code: "invalid-date", field: "date" });
  });

  it("a correction with nothing to correct, or a partial deletion with no parts", () => {
    expect(errorOf(letterInput({ rights: ["correction"] }))).toMatchObject({ code: "missing-specifics", field: "specifics" });
    const error = errorOf(letterInput({ rights: ["deletion"], specifics: { deletion: { scope: "parts", parts: "  " } } }));
    expect(error).toMatchObject({ code: "invalid-specifics" });
    expect(error.issues?.map((i) => ({ ...i, message: inEnglish(i.message) }))).toEqual([
      { path: "specifics.deletion.parts", message: "Describe the data to delete." },
    ]);
  });

  it("a header-injection attempt in the name, with the field it belongs to", () => {
    const error = errorOf(letterInput({ requester: { name: "Eve\r\nBcc: x@evil.example", email: "eve@example.com" } }));
    expect(error).toMatchObject({ code: "invalid-requester", field: "requester" });
    expect(error.issues?.map((i) => ({ ...i, message: inEnglish(i.message) }))).toEqual([
      { path: "requester.name", message: "Your name must be a single line: line breaks are not allowed." },
    ]);
  });

  it("an unknown holiday region for the controller", () => {
    expect(errorOf(letterInput({ holidayRegion: "XX-NOWHERE" }))).toMatchObject({ code: "deadline", field: "holidayRegion" });
  });

  it("accepts the same right twice as once", () => {
    const letter = composeLetter(letterInput({ service: version("netflix", "2024-04-17"), rights: ["access", "access"] }));
    expect(letter.legalBasis).toHaveLength(1);
  });
});
