export type DeadlineInputErrorCode =
  | "unknown-regime"
  | "unknown-right"
  | "right-not-granted"
  | "not-in-force"
  | "invalid-date"
  | "date-out-of-range"
  | "unknown-event"
  | "event-before-receipt"
  | "events-out-of-order"
  | "unmatched-event"
  | "invalid-time-zone"
  | "unknown-holiday-region";

/** The form field an error belongs to, so a page can show the message next to it. */
export type DeadlineInputField = "regime" | "right" | "receivedOn" | "timeZone" | "holidayRegion" | "events";

/**
 * Thrown for input the engine cannot turn into a correct date. The engine never guesses a date
 * from bad input, because a wrong date in a letter to a regulator is worse than no date.
 */
export class DeadlineInputError extends Error {
  override readonly name = "DeadlineInputError";

  constructor(
    readonly code: DeadlineInputErrorCode,
    message: string,
    readonly field: DeadlineInputField,
  ) {
    super(message);
  }
}
