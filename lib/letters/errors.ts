export type LetterInputErrorCode =
  | "invalid-language"
  | "invalid-requester"
  | "invalid-specifics"
  | "invalid-date"
  | "invalid-service"
  | "unknown-regime"
  | "no-rights"
  | "right-not-granted"
  | "missing-specifics"
  | "deadline";

export type LetterInputField = "language" | "requester" | "specifics" | "date" | "service" | "regime" | "rights" | "holidayRegion";

/**
 * Thrown for input a letter cannot be written from. Like the deadline engine, composition never
 * guesses: a letter that cites the wrong law or date is worse than none. `issues` carries zod's
 * per-field messages so a form can show each next to its field.
 */
export class LetterInputError extends Error {
  override readonly name = "LetterInputError";

  constructor(
    readonly code: LetterInputErrorCode,
    message: string,
    readonly field: LetterInputField,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}
