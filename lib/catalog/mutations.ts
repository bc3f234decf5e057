import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { replanReminders } from "@/lib/reminders/mutations";
import type { NewRequest } from "@/lib/requests/mutations";

/** One request of a bulk run, with its 'sent' event and reminders, in one transaction. */
export async function createBatchRequest(userId: string, batchId: string, request: NewRequest): Promise<{ id: string }> {
  const db = await getDb();
  const { eventData, ...fields } = request;
  return db.$transaction(async (tx) => {
    const created = await tx.request.create({
      data: { userId, batchId, ...fields, events: { create: { userId, type: "sent", on: request.sentOn, recordedBy: "user", data: eventData as Prisma.InputJsonObject } } },
      select: { id: true },
    });
    await replanReminders(userId, created.id, new Date(), tx);
    return created;
  });
}
