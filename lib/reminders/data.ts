import { getDb } from "@/lib/db/client";
import { maskEmail } from "@/lib/mail/redact";
import { isRecordId } from "@/lib/text/safe-text";
import { toReminderRequest, type ReminderRequest } from "./content";
import type { DeliveryContext } from "./decide";
import type { Claim, DbClient } from "./mutations";
import { DIGEST_AHEAD_MS, DIGEST_BEHIND_MS, reminderTimeZone } from "./plan";
import { planPreferences } from "./preferences";
import { DEFAULT_PREFERENCES, type PreferencesValues } from "./schema";

// Reads for the reminders. No "server-only": the sweeper (`npm run reminders`) reads through here.

const DAY = 86_400_000;

export type SweepContext = DeliveryContext<ReminderRequest> & { unsubscribeToken: string | null };

/** What the sweeper needs to decide on and write each claimed reminder, read in a few queries. */
export async function loadDeliveryContexts(claims: readonly Claim[], db: DbClient): Promise<Map<string, SweepContext>> {
  const userIds = [...new Set(claims.map((claim) => claim.userId))];
  const requestIds = claims.flatMap((claim) => (claim.requestId ? [claim.requestId] : []));
  const [users, preferences, requests] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true, locale: true } }),
    db.reminderPreference.findMany({ where: { userId: { in: userIds } } }),
    db.request.findMany({ where: { id: { in: requestIds }, userId: { in: userIds } }, omit: { letterBody: true } }),
  ]);
  const contexts = new Map<string, SweepContext>();
  for (const claim of claims) {
    let own = requests.filter((request) => request.userId === claim.userId && request.id === claim.requestId);
    if (claim.kind === "digest") {
      own = await db.request.findMany({
        where: {
          userId: claim.userId,
          dueAt: { gt: new Date(claim.sendAt.getTime() - DIGEST_BEHIND_MS - DAY), lte: new Date(claim.sendAt.getTime() + DIGEST_AHEAD_MS + DAY) },
        },
        omit: { letterBody: true },
        take: 200,
      });
    }
    const user = users.find((row) => row.id === claim.userId);
    const preference = preferences.find((row) => row.userId === claim.userId) ?? null;
    contexts.set(claim.id, {
      email: user?.email ?? null,
      locale: user?.locale ?? null,
      unsubscribeToken: preference?.unsubscribeToken ?? null,
      preferences: planPreferences(preference),
      // Signed like the first letter; a request from before that was kept is signed by the account.
      requests: own.map((row) =>
        toReminderRequest({ ...row, requesterName: row.requesterName ?? user?.name ?? null, requesterEmail: row.requesterEmail ?? user?.email ?? null }),
      ),
    });
  }
  return contexts;
}

export type ReminderHistoryEntry = {
  id: string;
  kind: string;
  status: string;
  sendAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
};

export type ReminderSummary = {
  next: { kind: string; sendAt: Date; digest: boolean } | null;
  history: ReminderHistoryEntry[];
  /** The zone reminders for this request are timed in: show times in it. */
  timeZone: string;
};

const HISTORY_LIMIT = 10;

/** Per request of the user: the next reminder to go out and what happened to earlier ones, newest first. */
export async function loadReminderSummaries(userId: string, requestIds: readonly string[]): Promise<Map<string, ReminderSummary>> {
  const db = await getDb();
  const ids = [...requestIds];
  if (ids.length === 0) return new Map();
  const [rows, preference, requests] = await Promise.all([
    db.reminder.findMany({
      // requestIds holds the request of a single reminder too (plan.ts), so one condition on its GIN
      // index finds both kinds; an OR with requestId made the planner AND in the user's whole history.
      where: { userId, requestIds: { hasSome: ids } },
      select: {
        id: true,
        kind: true,
        status: true,
        requestId: true,
        requestIds: true,
        sendAt: true,
        sentAt: true,
        attempts: true,
        lastError: true,
        updatedAt: true,
      },
      orderBy: [{ sendAt: "asc" }, { id: "asc" }],
      take: 2000,
    }),
    db.reminderPreference.findUnique({ where: { userId }, select: { timeZone: true } }),
    db.request.findMany({ where: { userId, id: { in: ids } }, select: { id: true, regime: true } }),
  ]);
  const preferences = { timeZone: preference?.timeZone ?? null };
  const summaries = new Map<string, ReminderSummary>();
  for (const id of ids) {
    const mine = rows.filter((row) => row.requestId === id || row.requestIds.includes(id));
    const next = mine.find((row) => row.status === "pending" || row.status === "sending");
    const history = mine
      .filter((row) => row.status === "sent" || row.status === "failed" || row.status === "cancelled" || row.attempts > 0)
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
      .slice(0, HISTORY_LIMIT)
      .map(({ requestId: _r, requestIds: _ids, ...entry }) => entry);
    const regime = requests.find((request) => request.id === id)?.regime ?? "";
    summaries.set(id, {
      next: next ? { kind: next.kind, sendAt: next.sendAt, digest: next.kind === "digest" } : null,
      history,
      timeZone: reminderTimeZone(regime, preferences),
    });
  }
  return summaries;
}

export type PreferencesForm = PreferencesValues & { timeZoneChosen: boolean };

export async function loadReminderPreferences(userId: string): Promise<PreferencesForm> {
  const db = await getDb();
  const row = await db.reminderPreference.findUnique({ where: { userId } });
  const plan = planPreferences(row);
  return {
    daysBefore: [...(row?.daysBefore ?? DEFAULT_PREFERENCES.daysBefore)],
    overdue: plan.overdue,
    digest: plan.digest,
    timeZone: plan.timeZone ?? "UTC",
    timeZoneChosen: plan.timeZone !== null,
    quietFrom: plan.quietFrom,
    quietTo: plan.quietTo,
    emailsOn: !plan.unsubscribed,
  };
}

/** For the unsubscribe page, which works without signing in: whose reminders, masked. */
export async function loadUnsubscribeTarget(token: string): Promise<{ maskedEmail: string; unsubscribed: boolean } | null> {
  if (!isRecordId(token)) return null;
  const db = await getDb();
  const row = await db.reminderPreference.findUnique({
    where: { unsubscribeToken: token },
    select: { unsubscribedAt: true, user: { select: { email: true } } },
  });
  return row ? { maskedEmail: maskEmail(row.user.email), unsubscribed: row.unsubscribedAt !== null } : null;
}

/** Every user with a request whose deadline is recent or ahead: for re-planning them all. */
export async function unsafeLoadUserIdsWithOpenRequests(now: Date, db: DbClient): Promise<string[]> {
  const rows = await db.request.findMany({
    where: { dueAt: { gt: new Date(now.getTime() - 10 * DAY) } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return rows.map((row) => row.userId);
}
