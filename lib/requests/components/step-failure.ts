import type { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { StepFailure } from "../actions";

/** The translator of the "wizard" messages, which hold the refusals' sentences. */
type WizardT = ReturnType<typeof useTranslations<"wizard">>;

const REASONS: readonly StepFailure["reason"][] = ["signed-out", "not-found", "invalid", "no-rights-granted", "no-saved-identity", "letter"];
const isReason = (code: string): code is StepFailure["reason"] => (REASONS as readonly string[]).includes(code);

/**
 * Shows a server action's refusal: field issues next to their fields, anything else as the
 * form's alert. Returns the alert text (null when every issue found its field).
 */
export function applyFailure<T extends FieldValues>(
  failure: StepFailure | undefined,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  t: WizardT,
): string | null {
  if (!failure) return null;
  if (failure.reason !== "invalid") return failure.message ?? t(`failure.${failure.reason}`);
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
  return unplaced ?? (first ? t("failure.invalid") : null);
}

/** A refusal as one sentence: what a form posted without JavaScript shows above itself. */
export function failureText(failure: StepFailure | undefined, t: WizardT): string | null {
  if (!failure) return null;
  return failure.message ?? failure.issues?.[0]?.message ?? t(`failure.${failure.reason}`);
}

/** The sentence for a refusal sent back to a step as a reason code (the form posted without JavaScript). */
export function retryText(code: string | null, t: WizardT): string | null {
  if (!code || !isReason(code)) return null;
  return code === "invalid" ? t("failure.retryInvalid") : t(`failure.${code}`);
}
