import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import { addDays } from "@/lib/law/calendar-date";
import { localInstant, localParts, nextAllowedInstant, weekdayOf, type QuietHours } from "./local-time";
import { beforeKind, type ReminderKind } from "./schema";

// Which reminders a user should get, from their open requests and preferences: pure, with `now`
// injected. The result is the whole wanted state; reconcile.ts turns it into writes.

/** `status` and `stage` as the request lifecycle stores them (stage 0: the company owes an answer). */
export type PlanRequest = { id: string; regime: string; dueDate: string; dueAt: Date; status?: string | null; stage?: number | null };

export type PlanPreferences = QuietHours & {
  /** Null: the zone of each request's law (where the user lives), until the user picks one. */
  timeZone: string | null;
  daysBefore: readonly number[];
  overdue: boolean;
  digest: boolean;
  unsubscribed: boolean;
};

export type PlannedReminder = {
  dedupeKey: string;
  kind: ReminderKind;
  requestId: string | null;
  requestIds: string[];
  dueDate: string | null;
  sendAt: Date;
  expiresAt: Date;
};

export const SEND_HOUR = 9;
export const DIGEST_WEEKDAY = 1;
const DAY = 86_400_000;
export const OVERDUE_VALID_MS = 7 * DAY;
export const DIGEST_VALID_MS = 2 * DAY;
/** A digest lists what is due in the next two weeks and what became overdue in the last one. */
export const DIGEST_AHEAD_MS = 14 * DAY;
export const DIGEST_BEHIND_MS = 7 * DAY;

// Nobody waits on the company any more, or the clock stands still: no reminders.
const SILENT_STATUSES = new Set(["answered", "refused", "complaint-filed", "completed", "withdrawn", "paused", "closed", "done"]);

export function isOpenForReminders(request: Pick<PlanRequest, "status" | "stage">): boolean {
  if (request.status && SILENT_STATUSES.has(request.status)) return false;
  return request.stage === undefined || request.stage === null || request.stage === 0;
}

export function reminderTimeZone(regime: string, preferences: Pick<PlanPreferences, "timeZone">): string {
  return preferences.timeZone ?? (isRegimeId(regime) ? REGIMES[regime].defaultTimeZone : "UTC");
}

/** SEND_HOUR on a local day, moved past the user's quiet hours. */
export function sendMoment(date: string, timeZone: string, quiet: QuietHours): Date {
  return nextAllowedInstant(localInstant(date, SEND_HOUR, timeZone), timeZone, quiet);
}

function requestReminders(request: PlanRequest, preferences: PlanPreferences): PlannedReminder[] {
  const timeZone = reminderTimeZone(request.regime, preferences);
  const base = { requestId: request.id, requestIds: [request.id], dueDate: request.dueDate };
  const key = (kind: ReminderKind) => `${request.id}:${kind}:${request.dueDate}`;
  const out: PlannedReminder[] = [];
  const days = [...preferences.daysBefore].sort((a, b) => b - a);
  const moments = days.map((n) => sendMoment(addDays(request.dueDate, -n), timeZone, preferences));
  days.forEach((n, i) => {
    const sendAt = moments[i]!;
    // A reminder is worth sending until the next one takes over, and never once the deadline passed.
    const next = moments[i + 1];
    const expiresAt = next && next < request.dueAt ? next : request.dueAt;
    if (sendAt < expiresAt) out.push({ ...base, kind: beforeKind(n), dedupeKey: key(beforeKind(n)), sendAt, expiresAt });
  });
  if (preferences.overdue) {
    const overdueDay = addDays(localParts(request.dueAt, timeZone).date, 1);
    const sendAt = sendMoment(overdueDay, timeZone, preferences);
    out.push({ ...base, kind: "overdue-1d", dedupeKey: key("overdue-1d"), sendAt, expiresAt: new Date(sendAt.getTime() + OVERDUE_VALID_MS) });
  }
  return out;
}

/** True when the digest sent at `sendAt` lists the request. */
export function digestCovers(sendAt: Date, dueAt: Date, overdue: boolean): boolean {
  const s = sendAt.getTime();
  const due = dueAt.getTime();
  if (s < due) return due - s <= DIGEST_AHEAD_MS;
  return overdue && s - due < DIGEST_BEHIND_MS;
}

function digestReminders(userId: string, requests: PlanRequest[], preferences: PlanPreferences): PlannedReminder[] {
  const first = [...requests].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (!first) return [];
  const timeZone = reminderTimeZone(first.regime, preferences);
  const weeks = new Map<string, { sendAt: Date; ids: Set<string> }>();
  for (const request of requests) {
    const dueDay = localParts(request.dueAt, timeZone).date;
    let monday = addDays(dueDay, -21);
    monday = addDays(monday, (DIGEST_WEEKDAY - weekdayOf(monday) + 7) % 7);
    for (; monday <= addDays(dueDay, 8); monday = addDays(monday, 7)) {
      const sendAt = sendMoment(monday, timeZone, preferences);
      if (!digestCovers(sendAt, request.dueAt, preferences.overdue)) continue;
      const week = weeks.get(monday) ?? { sendAt, ids: new Set<string>() };
      week.ids.add(request.id);
      weeks.set(monday, week);
    }
  }
  return [...weeks].map(([monday, week]) => ({
    dedupeKey: `digest:${userId}:${monday}`,
    kind: "digest" as const,
    requestId: null,
    requestIds: [...week.ids].sort(),
    dueDate: null,
    sendAt: week.sendAt,
    expiresAt: new Date(week.sendAt.getTime() + DIGEST_VALID_MS),
  }));
}

/** Every reminder still worth sending at `now`, in sending order. */
export function planReminders(userId: string, requests: readonly PlanRequest[], preferences: PlanPreferences, now: Date): PlannedReminder[] {
  if (preferences.unsubscribed) return [];
  const open = requests.filter(isOpenForReminders);
  const planned = preferences.digest ? digestReminders(userId, open, preferences) : open.flatMap((request) => requestReminders(request, preferences));
  return planned
    .filter((reminder) => reminder.expiresAt > now)
    .sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime() || a.dedupeKey.localeCompare(b.dedupeKey));
}
