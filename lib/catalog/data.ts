import "server-only";
import { getDb } from "@/lib/db/client";
import type { ServiceRecord } from "@/lib/services/types";
import { catalogProvenance, findCompany, findCompanyRecord } from "./companies";
import { applyCorrection, type StoredCorrection } from "./correction-export";
import { companyRecord, DATASET_VERSION } from "./company-record";

const fields = { companySlug: true, address: true, email: true, note: true, updatedAt: true } as const;

export async function loadCorrection(userId: string, companySlug: string): Promise<StoredCorrection | null> {
  const db = await getDb();
  return db.companyCorrection.findFirst({ where: { userId, companySlug }, select: fields });
}

export async function loadCorrections(userId: string): Promise<StoredCorrection[]> {
  const db = await getDb();
  return db.companyCorrection.findMany({ where: { userId }, select: fields, orderBy: [{ companySlug: "asc" }], take: 500 });
}

/** The wizard's record for a dataset company as this user's letters see it: with their correction, if any. */
export async function loadCompanyRecordFor(userId: string, slug: string): Promise<ServiceRecord | null> {
  const base = findCompanyRecord(slug, DATASET_VERSION);
  const contact = findCompany(slug)?.contact;
  if (!base || !contact) return null;
  const correction = await loadCorrection(userId, slug);
  return correction ? companyRecord(applyCorrection(contact, correction), catalogProvenance()) : base;
}
