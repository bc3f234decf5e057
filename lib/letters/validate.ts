import { parseIsoDate } from "@/lib/law/calendar-date";
import { DeadlineInputError } from "@/lib/law/deadlines";
import { findRightGrant, isRegimeId, REGIMES } from "@/lib/law/regimes";
import { RIGHT_IDS, type Regime, type RightId } from "@/lib/law/types";
import * as z from "zod/mini";
import { LetterInputError, type LetterInputErrorCode, type LetterInputField } from "./errors";
import { letterLanguageSchema, letterSpecificsSchema, requesterSchema } from "./schema";
import type { LetterInput, LetterLanguage, LetterSpecifics, Requester } from "./types";

export type ValidLetterInput = Omit<LetterInput, "regime" | "language" | "requester" | "specifics"> & {
  regime: Regime;
  language: LetterLanguage;
  requester: Requester;
  specifics: LetterSpecifics;
};

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, code: LetterInputErrorCode, field: LetterInputField, what: string): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: [field, ...issue.path].join("."), message: issue.message }));
  throw new LetterInputError(code, `${what}: ${issues.map((i) => i.message).join(" ")}`, field, issues);
}

function validRights(regime: Regime, rights: unknown): RightId[] {
  if (!Array.isArray(rights) || rights.length === 0) throw new LetterInputError("no-rights", "Choose at least one right to exercise.", "rights");
  const unique = [...new Set(rights as unknown[])];
  for (const right of unique) {
    if (typeof right !== "string" || !(RIGHT_IDS as readonly string[]).includes(right) || !findRightGrant(regime, right as RightId)) {
      const granted = regime.rights.map((g) => g.right).join(", ");
      throw new LetterInputError(
        "right-not-granted",
        `${regime.shortLabel} does not grant the right "${String(right)}". Rights it grants: ${granted}.`,
        "rights",
      );
    }
  }
  return unique as RightId[];
}

function validSpecifics(rights: readonly RightId[], specifics: LetterSpecifics): LetterSpecifics {
  if (rights.includes("correction") && !specifics.correction?.length) {
    throw new LetterInputError("missing-specifics", "List the data to correct, with the current and the correct value.", "specifics");
  }
  return specifics;
}

/**
 * Everything composeLetter relies on, checked with the same zod schemas as the wizard's forms,
 * because the server action may be called with anything.
 */
export function validateLetterInput(input: LetterInput): ValidLetterInput {
  const language = parse(letterLanguageSchema, input.language, "invalid-language", "language", "The letter's language");
  if (typeof input.regime !== "string" || !isRegimeId(input.regime)) {
    throw new LetterInputError("unknown-regime", `"${String(input.regime)}" is not a law the letters know.`, "regime");
  }
  const regime = REGIMES[input.regime];
  const rights = validRights(regime, input.rights);
  const requester = parse(requesterSchema, input.requester, "invalid-requester", "requester", "Your details");
  const specifics = validSpecifics(rights, parse(letterSpecificsSchema, input.specifics ?? {}, "invalid-specifics", "specifics", "The request's details"));
  try {
    parseIsoDate(input.date, "receivedOn", "The letter's date");
  } catch (error) {
    if (error instanceof DeadlineInputError) throw new LetterInputError("invalid-date", error.message, "date");
    throw error;
  }
  const service = input.service as unknown;
  if (typeof service !== "object" || service === null || typeof input.service.serviceName !== "string" || !input.service.serviceName.trim()) {
    throw new LetterInputError("invalid-service", "The letter needs a service with a name.", "service");
  }
  return { ...input, regime, rights, language, requester, specifics };
}
