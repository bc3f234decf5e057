import "server-only";
import { getDb } from "@/lib/db/client";
import { replanReminders } from "@/lib/reminders/mutations";
import type { NewRequest } from "@/lib/requests/mutations";

/** One request of a bulk run, with its 'sent' event and reminders, in one transaction. */
export async function createBatchRequest(userId: string, batchId: string, request: NewRequest): Promise<{ id: string }> {
  const db = await getDb();
  const { eventData, ...fields } = request;
  return db.$transaction(async (tx) => {
    const created = await tx.request.create({
      data: { userId, batchId, ...fields, events: { create: { userId, type: "sent", on: request.sentOn, recordedBy: "user", data: eventData } } },
      select: { id: true },
    });
    await replanReminders(userId, created.id, new Date(), tx);
    return created;
  });
}

export async function saveCorrection(
  userId: string,
  companySlug: string,
  correction: { address?: string | undefined; email?: string | undefined; note?: string | undefined },
): Promise<void> {
  const db = await getDb();
  const data = { address: correction.address ?? null, email: correction.email ?? null, note: correction.note ?? null };
  await db.companyCorrection.upsert({ where: { userId_companySlug: { userId, companySlug } }, create: { userId, companySlug, ...data }, update: data });
}

export async function deleteCorrection(userId: string, companySlug: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.companyCorrection.deleteMany({ where: { userId, companySlug } });
  return count === 1;
}
