"use server";

import { getTranslations } from "next-intl/server";
import { loadCurrentUser } from "@/lib/auth/session";
import { issueIn } from "@/lib/i18n/validation";
import { isoDateIn } from "@/lib/requests/dates";
import { draftLetter } from "@/lib/requests/draft-letter";
import type { DraftData } from "@/lib/requests/draft-data";
import { requestDue } from "@/lib/requests/due";
import { loadServiceRecord } from "@/lib/requests/data";
import { formatServiceRef, refForChoice } from "@/lib/requests/service-ref";
import { establishmentOf } from "@/lib/requests/establishment";
import { effectiveRights, regimeOf } from "@/lib/requests/wizard-steps";
import { batchIdSchema, bulkSchema } from "./bulk-schema";
import { createBatchRequest } from "./mutations";

export type BulkResult =
  { ok: true; id: string; serviceName: string } | { ok: false; reason: "signed-out" | "invalid" | "not-found" | "letter"; message: string };

/**
 * One company of a bulk run: its letter and its tracked request, sent today. The page calls it once per
 * company, so the user sees each one done, and a failure stops nothing but that company.
 */
export async function createBulkRequestAction(batchId: unknown, input: unknown, company: unknown): Promise<BulkResult> {
  const [user, t] = await Promise.all([loadCurrentUser(), getTranslations("wizard.bulk.errors")]);
  if (!user) return { ok: false, reason: "signed-out", message: t("signedOut") };
  const parsed = bulkSchema.safeParse(input);
  const batch = batchIdSchema.safeParse(batchId);
  if (!parsed.success || !batch.success) {
    const issue = parsed.error?.issues[0]?.message;
    return { ok: false, reason: "invalid", message: issue ? await issueIn(issue) : t("startAgain") };
  }
  if (typeof company !== "string" || !parsed.data.companies.includes(company)) return { ok: false, reason: "invalid", message: t("notInRun") };
  const ref = refForChoice(company);
  const record = ref ? await loadServiceRecord(user.id, ref) : null;
  if (!ref || !record) return { ok: false, reason: "not-found", message: t("notFound") };
  const { location, rights, name, email, postalAddress } = parsed.data;
  const timeZone = location.timeZone ?? "UTC";
  const today = isoDateIn(new Date(), timeZone);
  const { timeZone: _, ...place } = location;
  // Where no law protects the person, the company's establishment decides (GDPR), as in the wizard.
  const data: DraftData = {
    rights: [...rights],
    location: { ...place, establishment: establishmentOf(record) },
    timeZone,
    details: { name, email, ...(postalAddress ? { postalAddress } : {}) },
    language: "en",
    letterDate: today,
  };
  const regime = regimeOf(data);
  const result = draftLetter(record, data);
  if (!regime || effectiveRights(data).length === 0 || !result.ok) return { ok: false, reason: "letter", message: result.ok ? t("noRights") : result.message };
  const { letter } = result;
  const letterRights = letter.legalBasis.map((basis) => basis.right);
  const due = requestDue(regime.id, letterRights, today);
  const created = await createBatchRequest(user.id, batch.data, {
    serviceRef: formatServiceRef(ref),
    serviceName: record.serviceName,
    regime: regime.id,
    rights: letterRights,
    language: letter.language,
    letterSubject: letter.subject,
    letterBody: letter.body,
    recipient: letter.to.email ?? letter.to.postal ?? letter.to.entity ?? record.serviceName,
    sentOn: today,
    dueDate: due.dueDate,
    dueAt: due.dueAt,
    requesterName: letter.from.name,
    requesterEmail: letter.from.email,
    requesterCountry: location.country,
    eventData: { letterDate: letter.date, dueDates: due.perRight, timeZone: due.timeZone, batchId: batch.data },
  });
  return { ok: true, id: created.id, serviceName: record.serviceName };
}
