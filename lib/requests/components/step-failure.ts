import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { StepFailure } from "../actions";

const MESSAGES: Record<StepFailure["reason"], string> = {
  "signed-out": "You have been signed out. Sign in again in another tab, then submit again: your draft is kept.",
  "not-found": "This draft no longer exists. It may have been sent or discarded in another tab.",
  invalid: "Some answers need fixing: see the messages next to them.",
  "no-rights-granted": "The law where you live grants none of the rights you chose.",
  "no-saved-identity": "Your saved details are gone. Enter them again.",
  letter: "The letter could not be written from these answers.",
};

/**
 * Shows a server action's refusal: field issues next to their fields, anything else as the
 * form's alert. Returns the alert text (null when every issue found its field).
 */
export function applyFailure<T extends FieldValues>(failure: StepFailure | undefined, setError: UseFormSetError<T>, fields: readonly string[]): string | null {
  if (!failure) return null;
  if (failure.reason !== "invalid") return failure.message ?? MESSAGES[failure.reason];
  let unplaced: string | null = null;
  let first = true;
  for (const issue of failure.issues ?? []) {
    if (fields.some((field) => issue.path === field || issue.path.startsWith(`${field}.`))) {
      setError(issue.path as Path<T>, { type: "server", message: issue.message }, { shouldFocus: first });
      first = false;
    } else {
      unplaced ??= issue.message;
    }
  }
  return unplaced ?? (first ? MESSAGES.invalid : null);
}

/** A refusal as one sentence: what a form posted without JavaScript shows above itself. */
export function failureText(failure: StepFailure | undefined): string | null {
  if (!failure) return null;
  return failure.message ?? failure.issues?.[0]?.message ?? MESSAGES[failure.reason];
}

/** The sentence for a refusal sent back to a step as a reason code (the form posted without JavaScript). */
export function retryText(code: string | null): string | null {
  if (!code || !Object.hasOwn(MESSAGES, code)) return null;
  return code === "invalid" ? "Some answers are missing or need fixing: check them and continue again." : MESSAGES[code as StepFailure["reason"]];
}
