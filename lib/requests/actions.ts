"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { readerTranslator } from "@/lib/i18n/reader";
import { issuesIn } from "@/lib/i18n/validation";
import { isoDateIn } from "./dates";
import { loadDraft, loadSavedIdentity, loadServiceRecord, type WizardDraft } from "./data";
import type { DraftData } from "./draft-data";
import { establishmentOf, holidayRegionOfRecord } from "./establishment";
import { requestDue } from "./due";
import { draftLetter } from "./draft-letter";
import { createDraft, createRequestFromDraft, deleteDraft, deleteStaleDrafts, forgetIdentity, saveIdentity, updateDraft } from "./mutations";
import { detailsSchemaFor, locationStepSchema, reviewStepSchema, rightsStepSchema, sentSchemaFor, serviceStepSchema, specificsSchemaFor } from "./schema";
import { detailsFacts } from "./service-facts";
import { formatServiceRef, refForChoice } from "./service-ref";
import { effectiveRights, nextStep, regimeOf, splitRights, stepHref, type StepId } from "./wizard-steps";
import { letterLanguageSchema } from "@/lib/letters/schema";
import { isRecordId } from "@/lib/text/safe-text";

export type StepFailure = {
  ok: false;
  reason: "signed-out" | "not-found" | "invalid" | "no-rights-granted" | "no-saved-identity" | "letter";
  message?: string;
  issues?: { path: string; message: string }[];
};

const DRAFT_LIFETIME_MS = 30 * 24 * 3_600_000;

async function invalid(error: Parameters<typeof issuesIn>[0]): Promise<StepFailure> {
  return { ok: false, reason: "invalid", issues: await issuesIn(error) };
}

async function withDraft(draftId: unknown, run: (userId: string, draft: WizardDraft) => Promise<StepFailure | undefined>): Promise<StepFailure | undefined> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const draft = isRecordId(draftId) ? await loadDraft(user.id, draftId) : null;
  if (!draft) return { ok: false, reason: "not-found" };
  return run(user.id, draft);
}

/** Saves the answers and moves on; answers before the review send the user through the review again. */
async function saveAndContinue(userId: string, draft: WizardDraft, data: DraftData, step: StepId): Promise<StepFailure | undefined> {
  const next = nextStep(data, step) ?? "review";
  const kept = step === "review" ? data : { ...data, letterDate: undefined };
  if (!(await updateDraft(userId, draft.id, kept, next))) return { ok: false, reason: "not-found" };
  // Back and forward must show the saved answers, not the step as the router cached it.
  revalidatePath(`/requests/new/${draft.id}`, "layout");
  redirect(stepHref(draft.id, next));
}

export async function startDraftAction(input: unknown): Promise<StepFailure | undefined> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = serviceStepSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ref = refForChoice(parsed.data.service);
  if (!ref || !(await loadServiceRecord(user.id, ref)))
    return { ok: false, reason: "not-found", message: (await readerTranslator())("wizard.refusal.serviceGone") };
  await deleteStaleDrafts(user.id, new Date(Date.now() - DRAFT_LIFETIME_MS));
  const { id } = await createDraft(user.id, ref);
  redirect(stepHref(id, "rights"));
}

export async function saveRightsAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const parsed = rightsStepSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return saveAndContinue(userId, draft, { ...draft.data, rights: parsed.data.rights }, "rights");
  });
}

export async function saveLocationAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const parsed = locationStepSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { timeZone, ...place } = parsed.data;
    const establishment = establishmentOf(draft.record);
    const location = { ...place, ...(establishment ? { establishment } : {}) };
    const data: DraftData = { ...draft.data, location, ...(timeZone ? { timeZone } : {}) };
    const regime = regimeOf(data);
    if (regime && splitRights(data.rights ?? [], regime).granted.length === 0) {
      return {
        ok: false,
        reason: "no-rights-granted",
        message: (await readerTranslator())("wizard.refusal.noRightsGranted", { law: regime.shortLabel }),
      };
    }
    return saveAndContinue(userId, draft, data, "location");
  });
}

export async function saveDetailsAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const saved = await loadSavedIdentity(userId);
    const { needs } = detailsFacts(draft.record, effectiveRights(draft.data));
    const parsed = detailsSchemaFor({ ...needs, savedIdentity: saved !== null }).safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const { useSaved, remember, accountEmail, username, other, ...typed } = parsed.data;
    const otherIdentifiers = (needs.extra ?? []).flatMap((extra, i) => (other?.[i]?.trim() ? [{ label: extra.label, value: other[i].trim() }] : []));
    if (useSaved && !saved) return { ok: false, reason: "no-saved-identity", message: (await readerTranslator())("wizard.refusal.savedIdentityRemoved") };
    const identity = useSaved && saved ? { name: saved.name, email: saved.email, postalAddress: saved.postalAddress ?? undefined } : typed;
    if (!identity.name || !identity.email) return { ok: false, reason: "no-saved-identity" };
    if (remember && !useSaved) await saveIdentity(userId, { name: identity.name, email: identity.email, postalAddress: identity.postalAddress ?? null });
    const details = {
      name: identity.name,
      email: identity.email,
      postalAddress: identity.postalAddress,
      accountEmail,
      username,
      ...(otherIdentifiers.length ? { otherIdentifiers } : {}),
    };
    return saveAndContinue(userId, draft, { ...draft.data, details }, "details");
  });
}

export async function saveSpecificsAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const parsed = specificsSchemaFor(effectiveRights(draft.data)).safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    return saveAndContinue(userId, draft, { ...draft.data, specifics: parsed.data }, "specifics");
  });
}

/** Leaving the review fixes the letter's date and language: what the send page offers is what is stored. */
export async function confirmReviewAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const parsed = reviewStepSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const timeZone = parsed.data.timeZone ?? draft.data.timeZone ?? "UTC";
    const data: DraftData = { ...draft.data, language: parsed.data.language, timeZone, letterDate: isoDateIn(new Date(), timeZone) };
    const result = draftLetter(draft.record, data);
    return result.ok
      ? saveAndContinue(userId, draft, data, "review")
      : { ok: false, reason: "letter", message: (await readerTranslator())(`wizard.letterProblem.${result.code}`) };
  });
}

export async function markSentAction(draftId: string, input: unknown) {
  return withDraft(draftId, async (userId, draft) => {
    const parsed = sentSchemaFor().safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const regime = regimeOf(draft.data);
    const result = draft.data.letterDate && regime ? draftLetter(draft.record, draft.data) : null;
    if (!result?.ok || !regime) {
      const t = await readerTranslator();
      return { ok: false, reason: "letter", message: result?.ok === false ? t(`wizard.letterProblem.${result.code}`) : t("wizard.refusal.reviewFirst") };
    }
    const { letter } = result;
    const rights = letter.legalBasis.map((basis) => basis.right);
    const due = requestDue(regime.id, rights, parsed.data.sentOn, holidayRegionOfRecord(regime.id, draft.record));
    const created = await createRequestFromDraft(userId, draft.id, {
      serviceRef: formatServiceRef(draft.serviceRef),
      serviceName: draft.record.serviceName,
      regime: regime.id,
      rights,
      language: letter.language,
      // A letter the user wrote and sent elsewhere is the one the company received: keep it, not ours.
      letterSubject: parsed.data.ownLetter ? `${letter.subject} (your own letter)` : letter.subject,
      letterBody: parsed.data.ownLetter ?? letter.body,
      recipient: letter.to.email ?? letter.to.postal ?? letter.to.entity ?? draft.record.serviceName,
      sentOn: parsed.data.sentOn,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      requesterName: letter.from.name,
      requesterEmail: letter.from.email,
      requesterCountry: draft.data.location?.country ?? null,
      eventData: { letterDate: letter.date, dueDates: due.perRight, timeZone: due.timeZone },
    });
    if (!created) return { ok: false, reason: "not-found" };
    redirect(`/requests/${encodeURIComponent(created.id)}`);
  });
}

export async function discardDraftAction(draftId: string): Promise<StepFailure | undefined> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (!isRecordId(draftId) || !(await deleteDraft(user.id, draftId))) return { ok: false, reason: "not-found" };
  redirect("/requests/new");
}

export async function forgetIdentityAction(): Promise<{ ok: true } | StepFailure> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  await forgetIdentity(user.id);
  return { ok: true };
}

/**
 * The language picked on the review step, kept with the draft: going back to change a detail
 * and returning shows the letter in the same language. A plain form post (the draft's id and the
 * language as fields), so it works without JavaScript; anything else is ignored.
 */
export async function chooseLetterLanguageAction(form: unknown): Promise<void> {
  if (!(form instanceof FormData)) return;
  const draftId = form.get("draftId");
  const language = letterLanguageSchema.safeParse(form.get("language"));
  if (!language.success) return;
  await withDraft(draftId, async (userId, draft) => {
    if (!(await updateDraft(userId, draft.id, { ...draft.data, language: language.data }, draft.step))) return { ok: false, reason: "not-found" };
    revalidatePath(`/requests/new/${draft.id}`, "layout");
    redirect(stepHref(draft.id, "review"));
  });
}
