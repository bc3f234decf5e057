"use server";

import { redirect } from "next/navigation";
import { readerTranslator } from "@/lib/i18n/reader";
import { isRecordId } from "@/lib/text/safe-text";
import {
  confirmReviewAction,
  markSentAction,
  saveDetailsAction,
  saveLocationAction,
  saveRightsAction,
  saveSpecificsAction,
  startDraftAction,
  type StepFailure,
} from "./actions";
import { formDataToInput, type FormShape } from "./form-input";
import { stepHref } from "./wizard-steps";

// The wizard's forms posted without JavaScript (React's progressive enhancement): the same
// actions as the scripted forms, given the fields as the browser sends them. A failure comes
// back as the form's state and is shown on the re-rendered step.

const FORM_STEPS = {
  rights: { run: saveRightsAction, shape: { arrays: ["rights"] } },
  location: { run: saveLocationAction, shape: {} },
  details: { run: saveDetailsAction, shape: { booleans: ["useSaved", "remember"] } },
  specifics: { run: saveSpecificsAction, shape: { booleans: ["objection.directMarketing"] } },
  review: { run: confirmReviewAction, shape: {} },
  send: { run: markSentAction, shape: {} },
} satisfies Record<string, { run: (draftId: string, input: unknown) => Promise<StepFailure | undefined>; shape: FormShape }>;

export type FormStep = keyof typeof FORM_STEPS;

/** A post that is not the wizard's form: refused in the poster's language. */
async function malformed(): Promise<StepFailure> {
  return { ok: false, reason: "invalid", message: (await readerTranslator())("wizard.refusal.formUnreadable") };
}

export async function submitStepFormAction(step: unknown, draftId: unknown, _previous: unknown, form: unknown): Promise<StepFailure | undefined> {
  if (typeof step !== "string" || !Object.hasOwn(FORM_STEPS, step) || !isRecordId(draftId) || !(form instanceof FormData)) return malformed();
  const { run, shape } = FORM_STEPS[step as FormStep];
  const failure = await run(draftId, formDataToInput(form, shape));
  // A step page re-rendered with the action's state never finished in Next 16's no-JavaScript
  // path; going back to the step with the reason's code (never its text) does.
  if (failure) redirect(`${stepHref(draftId, step as FormStep)}?retry=${failure.reason}`);
  return undefined;
}

export async function startDraftFormAction(_previous: unknown, form: unknown): Promise<StepFailure | undefined> {
  if (!(form instanceof FormData)) return malformed();
  return startDraftAction(formDataToInput(form));
}
