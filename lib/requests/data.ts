import "server-only";
import { loadCompanyRecordFor } from "@/lib/catalog/data";
import { DATASET_VERSION } from "@/lib/catalog/company-record";
import { getDb } from "@/lib/db/client";
import { loadCustomService, loadCustomServices } from "@/lib/services/custom/data";
import type { ServiceRecord } from "@/lib/services/types";
import { parseDraftData, type DraftData } from "./draft-data";
import { catalogRecord, parseServiceRef, type ServiceRef } from "./service-ref";
import { isStepId, type StepId } from "./wizard-steps";
import { isRecordId } from "@/lib/text/safe-text";

export type WizardDraft = {
  id: string;
  serviceRef: ServiceRef;
  record: ServiceRecord;
  step: StepId;
  data: DraftData;
  createdAt: Date;
  updatedAt: Date;
};

/** A catalogue version, or one of this user's custom services; null when neither exists. */
export async function loadServiceRecord(userId: string, ref: ServiceRef): Promise<ServiceRecord | null> {
  // A catalogue company's contact facts, with the user's own correction where they made one.
  if (ref.kind === "catalog" && ref.versionId === DATASET_VERSION) return loadCompanyRecordFor(userId, ref.slug);
  if (ref.kind === "catalog") return catalogRecord(ref) ?? null;
  return (await loadCustomService(userId, ref.id))?.record ?? null;
}

/** The user's draft with its service record; null for another user's draft or a missing one. */
export async function loadDraft(userId: string, draftId: string): Promise<WizardDraft | null> {
  if (!isRecordId(draftId)) return null;
  const db = await getDb();
  const row = await db.requestDraft.findFirst({ where: { id: draftId, userId } });
  const ref = row ? parseServiceRef(row.serviceRef) : null;
  const record = row && ref ? await loadServiceRecord(userId, ref) : null;
  if (!row || !ref || !record) return null;
  return {
    id: row.id,
    serviceRef: ref,
    record,
    step: isStepId(row.step) ? row.step : "rights",
    data: parseDraftData(row.data),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type DraftSummary = { id: string; serviceName: string; step: StepId; updatedAt: Date };

export async function loadDraftSummaries(userId: string): Promise<DraftSummary[]> {
  const db = await getDb();
  const rows = await db.requestDraft.findMany({
    where: { userId },
    select: { id: true, serviceRef: true, step: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 20,
  });
  const needsCustom = rows.some((row) => row.serviceRef.startsWith("custom:"));
  const custom = needsCustom ? await loadCustomServices(userId) : [];
  return rows.map((row) => {
    const ref = parseServiceRef(row.serviceRef);
    const name = ref?.kind === "catalog" ? catalogRecord(ref)?.serviceName : custom.find((c) => ref?.kind === "custom" && c.id === ref.id)?.name;
    return { id: row.id, serviceName: name ?? "A service that no longer exists", step: isStepId(row.step) ? row.step : "rights", updatedAt: row.updatedAt };
  });
}

export type SavedIdentity = { name: string; email: string; postalAddress: string | null };

/** The unmasked details, for composing a letter on the server; pages show them through maskIdentity. */
export async function loadSavedIdentity(userId: string): Promise<SavedIdentity | null> {
  const db = await getDb();
  return db.savedIdentity.findUnique({ where: { userId }, select: { name: true, email: true, postalAddress: true } });
}
