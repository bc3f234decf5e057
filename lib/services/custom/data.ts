import "server-only";
import { getDb } from "@/lib/db/client";
import type { ServiceRecord } from "../types";
import { isRecordId } from "@/lib/text/safe-text";

export type CustomServiceSummary = { id: string; name: string; sourceName: string | null; createdAt: Date };
export type CustomServiceDetail = CustomServiceSummary & { slug: string; record: ServiceRecord; sourceText: string };

/** The user's own services, newest first; the policy texts stay in the database. */
export async function loadCustomServices(userId: string): Promise<CustomServiceSummary[]> {
  const db = await getDb();
  return db.customService.findMany({
    where: { userId },
    select: { id: true, name: true, sourceName: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** One of the user's services, or null when there is none with this id for this user. */
export async function loadCustomService(userId: string, id: string): Promise<CustomServiceDetail | null> {
  if (!isRecordId(id)) return null;
  const db = await getDb();
  const row = await db.customService.findFirst({
    where: { id, userId },
    select: { id: true, name: true, slug: true, sourceName: true, createdAt: true, record: true, sourceText: true },
  });
  // The record is written only by createCustomService, from a ServiceRecord.
  return row ? { ...row, record: row.record as unknown as ServiceRecord } : null;
}
