import { composeLetter } from "@/lib/letters/compose";
import { LetterInputError, type LetterInputErrorCode } from "@/lib/letters/errors";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import type { ServiceRecord } from "@/lib/services/types";
import { isoDateIn } from "./dates";
import type { DraftData } from "./draft-data";
import { letterInputFor } from "./letter-input";

/** Why no letter: a code the reader's language words (wizard.letterProblem), and the composer's own English detail for logs and downloads. */
export type LetterProblemCode = "missing-answers" | LetterInputErrorCode;
export type DraftLetter = { ok: true; letter: Letter } | { ok: false; code: LetterProblemCode; message: string };

/**
 * The draft's letter: dated the day the user left the review (what the send page offers and what is
 * stored), or today in the user's zone while they are still reviewing.
 */
export function draftLetter(record: ServiceRecord, data: DraftData, options: { language?: LetterLanguage; now?: Date } = {}): DraftLetter {
  const date = data.letterDate ?? isoDateIn(options.now ?? new Date(), data.timeZone ?? "UTC");
  const input = letterInputFor(record, data, date, options.language);
  if (!input) return { ok: false, code: "missing-answers", message: "Some answers are missing: go back through the steps." };
  try {
    return { ok: true, letter: composeLetter(input) };
  } catch (error) {
    if (error instanceof LetterInputError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
