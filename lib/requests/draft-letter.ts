import { composeLetter } from "@/lib/letters/compose";
import { LetterInputError } from "@/lib/letters/errors";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import type { ServiceRecord } from "@/lib/services/types";
import { isoDateIn } from "./dates";
import type { DraftData } from "./draft-data";
import { letterInputFor } from "./letter-input";

export type DraftLetter = { ok: true; letter: Letter } | { ok: false; message: string };

/**
 * The draft's letter: dated the day the user left the review (what the send page offers and what is
 * stored), or today in the user's zone while they are still reviewing.
 */
export function draftLetter(record: ServiceRecord, data: DraftData, options: { language?: LetterLanguage; now?: Date } = {}): DraftLetter {
  const date = data.letterDate ?? isoDateIn(options.now ?? new Date(), data.timeZone ?? "UTC");
  const input = letterInputFor(record, data, date, options.language);
  if (!input) return { ok: false, message: "Some answers are missing: go back through the steps." };
  try {
    return { ok: true, letter: composeLetter(input) };
  } catch (error) {
    if (error instanceof LetterInputError) return { ok: false, message: error.message };
    throw error;
  }
}
