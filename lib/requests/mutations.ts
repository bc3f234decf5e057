import "server-only";
import { getDb } from "@/lib/db/client";
import { replanReminders } from "@/lib/reminders/mutations";
import type { Prisma } from "@/lib/db/generated/client";
import type { DraftData } from "./draft-data";
import { formatServiceRef, type ServiceRef } from "./service-ref";
import type { StepId } from "./wizard-steps";

// Writes take the user's id explicitly and scope every statement by it: a draft or request id
// from a URL never reaches another user's row.

const json = (data: DraftData) => data as unknown as Prisma.InputJsonObject;

export async function createDraft(userId: string, ref: ServiceRef): Promise<{ id: string }> {
  const db = await getDb();
  return db.requestDraft.create({ data: { userId, serviceRef: formatServiceRef(ref), data: {}, step: "rights" }, select: { id: true } });
}

/** Replaces the draft's answers; false when the user has no such draft. */
export async function updateDraft(userId: string, draftId: string, data: DraftData, step: StepId): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.requestDraft.updateMany({ where: { id: draftId, userId }, data: { data: json(data), step } });
  return count === 1;
}

export async function deleteDraft(userId: string, draftId: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.requestDraft.deleteMany({ where: { id: draftId, userId } });
  return count === 1;
}

/** Drafts hold identity details: they do not outlive their use by long. */
export async function deleteStaleDrafts(userId: string, olderThan: Date): Promise<number> {
  const db = await getDb();
  const { count } = await db.requestDraft.deleteMany({ where: { userId, updatedAt: { lt: olderThan } } });
  return count;
}

export async function saveIdentity(userId: string, identity: { name: string; email: string; postalAddress: string | null }): Promise<void> {
  const db = await getDb();
  await db.savedIdentity.upsert({ where: { userId }, create: { userId, ...identity }, update: identity });
}

export async function forgetIdentity(userId: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.savedIdentity.deleteMany({ where: { userId } });
  return count === 1;
}

export type NewRequest = {
  serviceRef: string;
  serviceName: string;
  regime: string;
  rights: string[];
  language: string;
  letterSubject: string;
  letterBody: string;
  recipient: string;
  sentOn: string;
  dueDate: string;
  dueAt: Date;
  /** Who signed it and where they live: follow-ups are signed the same way, complaints go to the authority at home. */
  requesterName: string;
  requesterEmail: string;
  requesterCountry: string | null;
  /** Stored on the 'sent' event: the per-right dates and how they were counted. */
  eventData: Prisma.InputJsonObject;
};

/**
 * Turns the draft into a request with its 'sent' event, and deletes the draft, in one transaction.
 * Null when the user has no such draft (another user's id, or a second click that lost the race).
 */
export async function createRequestFromDraft(userId: string, draftId: string, request: NewRequest): Promise<{ id: string } | null> {
  const db = await getDb();
  const { eventData, ...fields } = request;
  return db.$transaction(async (tx) => {
    const { count } = await tx.requestDraft.deleteMany({ where: { id: draftId, userId } });
    if (count !== 1) return null;
    const created = await tx.request.create({
      data: { userId, ...fields, events: { create: { userId, type: "sent", on: request.sentOn, recordedBy: "user", data: eventData } } },
      select: { id: true },
    });
    // The clock starts now, so do its reminders: in the same transaction, never one without the other.
    await replanReminders(userId, created.id, new Date(), tx);
    return created;
  });
}
