import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { replanReminders } from "@/lib/reminders/mutations";
import { deriveRequestState, type RequestState } from "../lifecycle";
import { checkTransition, undoTarget, type NewEvent, type WhyNot } from "../transitions";

// Every change to a request is an event row; the request's status, stage and deadline columns are
// recomputed from all its events in the same transaction, guarded by its version so two tabs
// recording at once cannot both build on the same history.

export type RecordOutcome =
  | { ok: true; state: RequestState; eventId: string }
  | { ok: false; reason: "not-found" | "conflict" | "nothing-to-undo" }
  | { ok: false; reason: "invalid-transition" | "invalid-date"; why: WhyNot };

class VersionConflict extends Error {}

type Tx = Prisma.TransactionClient;

async function loadForWrite(tx: Tx, userId: string, requestId: string) {
  return tx.request.findFirst({
    where: { id: requestId, userId },
    select: {
      regime: true,
      rights: true,
      sentOn: true,
      version: true,
      events: {
        where: { userId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, on: true, recordedBy: true, data: true, createdAt: true },
      },
    },
  });
}

async function store(tx: Tx, userId: string, requestId: string, version: number, state: RequestState, now: Date): Promise<void> {
  const { count } = await tx.request.updateMany({
    where: { id: requestId, userId, version },
    data: { status: state.status, stage: state.stage, dueDate: state.deadline.dueDate, dueAt: state.deadline.dueAt, version: { increment: 1 } },
  });
  if (count !== 1) throw new VersionConflict();
  await replanReminders(userId, requestId, now, tx);
}

async function guarded(run: (tx: Tx) => Promise<RecordOutcome>): Promise<RecordOutcome> {
  const db = await getDb();
  try {
    return await db.$transaction(run);
  } catch (error) {
    if (error instanceof VersionConflict) return { ok: false, reason: "conflict" };
    throw error;
  }
}

/** Records one event after checking it against the request's story (lib/requests/transitions.ts). */
export async function recordRequestEvent(
  userId: string,
  requestId: string,
  next: NewEvent,
  { today, now, recordedBy = "user" }: { today: string; now: Date; recordedBy?: string },
): Promise<RecordOutcome> {
  return guarded(async (tx) => {
    const request = await loadForWrite(tx, userId, requestId);
    if (!request) return { ok: false, reason: "not-found" };
    const check = checkTransition(request, request.events, next, { today, now });
    if (!check.ok) return check;
    const event = await tx.requestEvent.create({
      data: { requestId, userId, type: next.type, on: next.on, recordedBy, ...(next.data ? { data: next.data as Prisma.InputJsonObject } : {}) },
      select: { id: true },
    });
    await store(tx, userId, requestId, request.version, check.state, now);
    return { ok: true, state: check.state, eventId: event.id };
  });
}

/**
 * Retracts the latest entry in effect with an 'undone' event: the log keeps what was recorded and
 * when it was taken back. `expectedEventId` is the entry the user saw as the last one.
 */
export async function undoLastEvent(
  userId: string,
  requestId: string,
  expectedEventId: string,
  { today, now }: { today: string; now: Date },
): Promise<RecordOutcome> {
  return guarded(async (tx) => {
    const request = await loadForWrite(tx, userId, requestId);
    if (!request) return { ok: false, reason: "not-found" };
    const target = undoTarget(request.events);
    if (!target) return { ok: false, reason: "nothing-to-undo" };
    if (target.id !== expectedEventId) return { ok: false, reason: "conflict" };
    const event = await tx.requestEvent.create({
      data: { requestId, userId, type: "undone", on: today, recordedBy: "user", data: { eventId: target.id, type: target.type } },
      select: { id: true, type: true, on: true, recordedBy: true, data: true, createdAt: true },
    });
    const state = deriveRequestState(request, [...request.events, event]);
    await store(tx, userId, requestId, request.version, state, now);
    return { ok: true, state, eventId: event.id };
  });
}

/** A note on one of the user's requests; false when the request is not theirs. */
export async function addRequestNote(userId: string, requestId: string, body: string): Promise<boolean> {
  const db = await getDb();
  // One statement: the note exists only if the request is the user's.
  const inserted = await db.$executeRaw`
    INSERT INTO "RequestNote" ("id", "requestId", "userId", "body")
    SELECT ${`note_${crypto.randomUUID()}`}, r."id", r."userId", ${body} FROM "Request" r WHERE r."id" = ${requestId} AND r."userId" = ${userId}`;
  return inserted === 1;
}

export async function deleteRequestNote(userId: string, requestId: string, noteId: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.requestNote.deleteMany({ where: { id: noteId, requestId, userId } });
  return count === 1;
}
