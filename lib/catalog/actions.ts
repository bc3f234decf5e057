"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { issuesIn } from "@/lib/i18n/validation";
import { startDraftAction } from "@/lib/requests/actions";
import { findCompany } from "./companies";
import { correctionSchema } from "./correction-schema";
import { deleteCorrection, saveCorrection } from "./mutations";

/** The search results' plain form (it works without JavaScript): the wizard's first step for the chosen company. */
export async function startCompanyDraftAction(formData: FormData): Promise<void> {
  const service = formData instanceof FormData ? formData.get("service") : null;
  const failure = await startDraftAction({ service: typeof service === "string" ? service : "" });
  if (failure) redirect(`/requests/new?problem=${encodeURIComponent(failure.reason)}`);
}

export type CorrectionResult = { ok: true } | { ok: false; reason: "signed-out" | "not-found" | "invalid"; issues?: { path: string; message: string }[] };

/** A correction to a company's contact facts, for this user's letters only. */
export async function saveCorrectionAction(companySlug: unknown, input: unknown): Promise<CorrectionResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (typeof companySlug !== "string" || !findCompany(companySlug)?.contact) return { ok: false, reason: "not-found" };
  const parsed = correctionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", issues: await issuesIn(parsed.error) };
  await saveCorrection(user.id, companySlug, parsed.data);
  revalidatePath(`/services/${companySlug}`);
  return { ok: true };
}

export async function deleteCorrectionAction(companySlug: unknown): Promise<CorrectionResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (typeof companySlug !== "string" || !findCompany(companySlug) || !(await deleteCorrection(user.id, companySlug)))
    return { ok: false, reason: "not-found" };
  revalidatePath(`/services/${companySlug}`);
  return { ok: true };
}
