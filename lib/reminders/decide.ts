import { isQuietHour, localParts, nextAllowedInstant } from "./local-time";
import { digestCovers, isOpenForReminders, reminderTimeZone, type PlanPreferences, type PlanRequest } from "./plan";
import { daysBeforeOf } from "./schema";

// What a sweeper does with a reminder it has claimed, decided from the request as it is now rather
// than as it was planned: a stale reminder is cancelled even if nobody re-planned it.

export type ClaimedReminder = {
  id: string;
  kind: string;
  requestId: string | null;
  dueDate: string | null;
  sendAt: Date;
  expiresAt: Date;
  attempts: number;
};

export type DeliveryContext<R extends PlanRequest = PlanRequest> = {
  email: string | null;
  /** The user's interface language: the email is written in it. */
  locale?: string | null;
  preferences: PlanPreferences;
  /** For a single reminder, its request (if it still exists); for a digest, the user's requests near it. */
  requests: R[];
};

export type Decision<R extends PlanRequest = PlanRequest> =
  { action: "send"; requests: R[] } | { action: "cancel"; reason: string } | { action: "defer"; until: Date } | { action: "fail"; reason: string };

export const MAX_ATTEMPTS = 10;

function staleReason(row: ClaimedReminder, request: PlanRequest | undefined, preferences: PlanPreferences): string | null {
  if (!request) return "the request was deleted";
  if (!isOpenForReminders(request)) return `the request is ${request.status}`;
  if (request.dueDate !== row.dueDate) return "the deadline changed";
  if (preferences.digest) return "the user chose a weekly digest";
  const days = daysBeforeOf(row.kind);
  if (days !== null && !preferences.daysBefore.includes(days)) return "the user no longer wants this reminder";
  if (row.kind === "overdue-1d" && !preferences.overdue) return "the user no longer wants overdue reminders";
  return null;
}

export function decideDelivery<R extends PlanRequest>(row: ClaimedReminder, context: DeliveryContext<R>, now: Date, maxAttempts = MAX_ATTEMPTS): Decision<R> {
  // Claimed more often than allowed: a sender died on it every time. Stop rather than loop forever.
  if (row.attempts > maxAttempts) return { action: "fail", reason: `gave up after ${maxAttempts} attempts` };
  const { preferences } = context;
  if (!context.email) return { action: "cancel", reason: "the account has no email address" };
  if (preferences.unsubscribed) return { action: "cancel", reason: "the user unsubscribed" };
  if (now >= row.expiresAt) return { action: "cancel", reason: "too late to be useful" };

  let requests: R[];
  if (row.kind === "digest") {
    if (!preferences.digest) return { action: "cancel", reason: "the user chose single reminders" };
    requests = context.requests
      .filter((request) => isOpenForReminders(request) && digestCovers(row.sendAt, request.dueAt, preferences.overdue))
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    if (requests.length === 0) return { action: "cancel", reason: "nothing left to report" };
  } else {
    const request = context.requests.find((candidate) => candidate.id === row.requestId);
    const stale = staleReason(row, request, preferences);
    if (stale || !request) return { action: "cancel", reason: stale ?? "the request was deleted" };
    requests = [request];
  }

  const timeZone = reminderTimeZone(requests[0]!.regime, preferences);
  if (isQuietHour(localParts(now, timeZone).hour, preferences)) {
    return { action: "defer", until: nextAllowedInstant(now, timeZone, preferences) };
  }
  return { action: "send", requests };
}

/** 1, 2, 4 … minutes after each failure, at most an hour: about four hours over ten attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
