import { isRecordId } from "@/lib/text/safe-text";
import { randomBytes, randomUUID } from "node:crypto";
import { getDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toReminderRequest } from "./content";
import type { ClaimedReminder } from "./decide";
import { planReminders } from "./plan";
import { planPreferences } from "./preferences";
import { reconcileReminders, type Reconciliation } from "./reconcile";
import type { PreferencesValues } from "./schema";

// Writes to the reminder outbox. No "server-only": `npm run reminders` runs them outside Next.
// Each takes the user's id (or a claim) explicitly and an optional client, so a caller can run
// them inside its own transaction and the tests can point two sweepers at two pools.

export type DbClient = Db | Prisma.TransactionClient;

// Overdue reminders stay valid for a week after the overdue day, in any zone.
const REPLAN_LOOKBACK_MS = 10 * 86_400_000;
const REPLAN_CANCEL_REASON = "Cancelled: the request or the reminder settings changed";

/** The client to use: the one given (a test's pool, a caller's transaction) or the app's. */
export async function reminderDb(db?: DbClient): Promise<DbClient> {
  return db ?? getDb();
}

async function inTransaction<T>(db: DbClient | undefined, run: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const client = db ?? (await getDb());
  return "$transaction" in client ? client.$transaction(run) : run(client);
}

export type ReplanResult = { created: number; updated: number; revived: number; cancelled: number };

async function applyReconciliation(tx: Prisma.TransactionClient, userId: string, changes: Reconciliation): Promise<ReplanResult> {
  const { count: created } = await tx.reminder.createMany({
    data: changes.create.map((plan) => ({ userId, ...plan })),
    skipDuplicates: true,
  });
  for (const { id, ...change } of changes.update) {
    await tx.reminder.updateMany({ where: { id, userId, status: "pending" }, data: change });
  }
  for (const { id, ...change } of changes.revive) {
    await tx.reminder.updateMany({
      where: { id, userId, status: "cancelled" },
      data: { ...change, status: "pending", attempts: 0, nextAttemptAt: null, lastError: null, claimToken: null, leaseUntil: null },
    });
  }
  const { count: cancelled } = changes.cancel.length
    ? await tx.reminder.updateMany({
        where: { id: { in: changes.cancel }, userId, status: "pending" },
        data: { status: "cancelled", lastError: REPLAN_CANCEL_REASON },
      })
    : { count: 0 };
  return { created, updated: changes.update.length, revived: changes.revive.length, cancelled };
}

/**
 * Brings the user's pending reminders in line with their open requests and preferences. Serialized
 * per user (an advisory lock), idempotent (dedupe keys), and never touches a sent reminder.
 */
export async function replanUserReminders(userId: string, now = new Date(), db?: DbClient): Promise<ReplanResult> {
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`reminders:${userId}`}))`;
    const rows = await tx.request.findMany({ where: { userId, dueAt: { gt: new Date(now.getTime() - REPLAN_LOOKBACK_MS) } }, omit: { letterBody: true } });
    const preferences = await tx.reminderPreference.findUnique({ where: { userId } });
    const planned = planReminders(userId, rows.map(toReminderRequest), planPreferences(preferences), now);
    const stored = await tx.reminder.findMany({
      where: { userId, OR: [{ status: "pending" }, { dedupeKey: { in: planned.map((plan) => plan.dedupeKey) } }] },
      select: { id: true, dedupeKey: true, status: true, sendAt: true, expiresAt: true, requestIds: true },
    });
    return applyReconciliation(tx, userId, reconcileReminders(stored, planned, now));
  });
}

/**
 * Call after every change to a request (extension, pause, answer, completion, withdrawal, a new
 * deadline), ideally inside the transaction that made it: stale reminders are cancelled, new
 * ones planned. The whole user is re-planned because a weekly digest spans their requests.
 */
export async function replanReminders(userId: string, requestId: string, now = new Date(), db?: DbClient): Promise<ReplanResult> {
  void requestId;
  return replanUserReminders(userId, now, db);
}

const newToken = () => randomBytes(24).toString("base64url");

/** The users' unsubscribe tokens, creating preference rows (with the defaults) where missing. */
export async function ensureUnsubscribeTokens(userIds: readonly string[], db?: DbClient): Promise<Map<string, string>> {
  const client = db ?? (await getDb());
  const ids = [...new Set(userIds)];
  await client.reminderPreference.createMany({ data: ids.map((userId) => ({ userId, unsubscribeToken: newToken() })), skipDuplicates: true });
  const rows = await client.reminderPreference.findMany({ where: { userId: { in: ids } }, select: { userId: true, unsubscribeToken: true } });
  return new Map(rows.map((row) => [row.userId, row.unsubscribeToken]));
}

export async function saveReminderPreferences(userId: string, values: PreferencesValues, now = new Date(), db?: DbClient): Promise<ReplanResult> {
  return inTransaction(db, async (tx) => {
    const { emailsOn, ...fields } = values;
    const current = await tx.reminderPreference.findUnique({ where: { userId }, select: { unsubscribedAt: true } });
    const unsubscribedAt = emailsOn ? null : (current?.unsubscribedAt ?? now);
    await tx.reminderPreference.upsert({
      where: { userId },
      create: { userId, ...fields, unsubscribedAt, unsubscribeToken: newToken() },
      update: { ...fields, unsubscribedAt },
    });
    return replanUserReminders(userId, now, tx);
  });
}

/** One-click unsubscribe (RFC 8058): false for an unknown token. Pending reminders are cancelled. */
export async function unsubscribeByToken(token: string, now = new Date(), db?: DbClient): Promise<boolean> {
  if (!isRecordId(token)) return false;
  return inTransaction(db, async (tx) => {
    const row = await tx.reminderPreference.findUnique({ where: { unsubscribeToken: token }, select: { userId: true, unsubscribedAt: true } });
    if (!row) return false;
    if (!row.unsubscribedAt) await tx.reminderPreference.update({ where: { userId: row.userId }, data: { unsubscribedAt: now } });
    await replanUserReminders(row.userId, now, tx);
    return true;
  });
}

// --- The sweeper's side: claim, then record exactly one outcome per claim. -------------------

export type Claim = ClaimedReminder & { userId: string; requestIds: string[]; claimToken: string };

/**
 * Claims up to $2 due reminders at $1 for claim token $3 until $4: ones whose sender's lease ran
 * out, then pending ones whose time (and retry time) has come. SKIP LOCKED lets concurrent
 * sweepers each take different rows. Each part is an ordered range on (status, sendAt), so the
 * planner walks the index even when its statistics guess many rows are due, and a sweep with
 * nothing due reads a few index pages at any table size. Exported so the benchmark can EXPLAIN it.
 */
export const CLAIM_SQL = `
  WITH pending AS (
    SELECT "id" FROM "Reminder"
    WHERE "status" = 'pending' AND "sendAt" <= $1 AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= $1)
    ORDER BY "sendAt"
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), abandoned AS (
    SELECT "id" FROM "Reminder"
    WHERE "status" = 'sending' AND "sendAt" <= $1 AND "leaseUntil" <= $1
    ORDER BY "sendAt"
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  ), due AS (
    (SELECT "id" FROM abandoned) UNION ALL (SELECT "id" FROM pending) LIMIT $2
  )
  UPDATE "Reminder" AS r
  SET "status" = 'sending', "attempts" = r."attempts" + 1, "claimToken" = $3, "leaseUntil" = $4, "updatedAt" = $1
  FROM due WHERE r."id" = due."id"
  RETURNING r."id", r."userId", r."requestId", r."requestIds", r."kind", r."dueDate", r."sendAt", r."expiresAt", r."attempts", r."claimToken"`;

export async function claimDueReminders(db: DbClient, { now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number }): Promise<Claim[]> {
  return db.$queryRawUnsafe<Claim[]>(CLAIM_SQL, now, limit, randomUUID(), new Date(now.getTime() + leaseMs));
}

export type Outcome =
  | { kind: "sent"; messageId: string }
  | { kind: "retried"; error: string; nextAttemptAt: Date }
  | { kind: "failed"; error: string }
  | { kind: "cancelled"; reason: string }
  /** Not an attempt: the reminder waits for the user's morning. */
  | { kind: "deferred"; until: Date };

export type Recorded = { claim: Claim; outcome: Outcome };

// Prisma keeps timestamps as UTC wall time in "timestamp(3)": sent as text, no zone can shift them.
const utcWall = (date: Date | null) => (date ? date.toISOString().slice(0, -1) : null);

function columns({ claim, outcome }: Recorded) {
  const row = { id: claim.id, token: claim.claimToken, status: "pending", messageId: null as string | null, error: null as string | null };
  const times = { next: null as Date | null, sendAt: null as Date | null, attempts: 0 };
  if (outcome.kind === "sent") return { ...row, ...times, status: "sent", messageId: outcome.messageId };
  if (outcome.kind === "retried") return { ...row, ...times, error: outcome.error, next: outcome.nextAttemptAt };
  if (outcome.kind === "failed") return { ...row, ...times, status: "failed", error: outcome.error };
  if (outcome.kind === "cancelled") return { ...row, ...times, status: "cancelled", error: `Cancelled: ${outcome.reason}` };
  return { ...row, ...times, sendAt: outcome.until, attempts: -1 };
}

/**
 * Records any mix of outcomes in one statement. Each row is fenced by its own claim token: a sweeper
 * whose lease ran out and was taken over cannot overwrite what the new owner records. Returns the ids
 * recorded; any other claim was taken over and counts as a lost lease. A failed or cancelled
 * reminder keeps its retry time, a sent one its last error (what the attempts before it met).
 */
export async function recordOutcomes(db: DbClient, recorded: readonly Recorded[], now: Date): Promise<Set<string>> {
  if (recorded.length === 0) return new Set();
  const rows = recorded.map(columns);
  const result = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "Reminder" AS r
     SET "status" = v.status,
         "messageId" = COALESCE(v.message_id, r."messageId"),
         "sentAt" = CASE WHEN v.status = 'sent' THEN $9::timestamp(3) ELSE r."sentAt" END,
         "lastError" = COALESCE(v.last_error, r."lastError"),
         "nextAttemptAt" = CASE WHEN v.status IN ('failed', 'cancelled') THEN r."nextAttemptAt" ELSE v.next_attempt_at END,
         "sendAt" = COALESCE(v.send_at, r."sendAt"),
         "attempts" = r."attempts" + v.attempts,
         "claimToken" = NULL, "leaseUntil" = NULL, "updatedAt" = $9::timestamp(3)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp(3)[], $7::timestamp(3)[], $8::int[])
          AS v(id, claim_token, status, message_id, last_error, next_attempt_at, send_at, attempts)
     WHERE r."id" = v.id AND r."claimToken" = v.claim_token AND r."status" = 'sending'
     RETURNING r."id"`,
    rows.map((row) => row.id),
    rows.map((row) => row.token),
    rows.map((row) => row.status),
    rows.map((row) => row.messageId),
    rows.map((row) => row.error),
    rows.map((row) => utcWall(row.next)),
    rows.map((row) => utcWall(row.sendAt)),
    rows.map((row) => row.attempts),
    utcWall(now),
  );
  return new Set(result.map((row) => row.id));
}
