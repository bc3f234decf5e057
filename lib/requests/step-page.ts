import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { loadDraft, type WizardDraft } from "./data";
import { canVisit, firstIncompleteStep, stepHref, type StepId } from "./wizard-steps";

export type StepParams = Promise<{ draftId: string }>;

/** A step page's draft: the signed-in user's own, with every earlier step answered (else sent there). */
export async function loadStepDraft(params: StepParams, step: StepId): Promise<{ userId: string; draft: WizardDraft }> {
  const { draftId } = await params;
  const user = await requireUser(stepHref(draftId, step));
  const draft = await loadDraft(user.id, draftId);
  if (!draft) notFound();
  if (!canVisit(draft.data, step)) redirect(stepHref(draft.id, firstIncompleteStep(draft.data)));
  return { userId: user.id, draft };
}
