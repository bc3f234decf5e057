import { renderReminderEmailFilled } from "@/emails/reminder";
import { loadConfig } from "@/lib/config";
import { log } from "@/lib/log";
import { sendMail, type OutgoingMail } from "@/lib/mail/transport";
import { reminderHeaders, reminderMessage } from "./content";
import { loadDeliveryContexts, type SweepContext } from "./data";
import { decideDelivery, MAX_ATTEMPTS, retryDelayMs } from "./decide";
import { claimDueReminders, ensureUnsubscribeTokens, reminderDb, type Claim, type DbClient, type Outcome } from "./mutations";
import { outcomeWriter } from "./outcome-writer";

// One sweep of the outbox: claim due reminders in batches, decide on each from the request as it
// is now, send, and record the outcome. The next batch is claimed while this one is sent, and
// outcomes are written as they come, many to a statement (outcome-writer.ts). At least once per
// reminder (a crash between the SMTP server's OK and our record of it, one statement's time,
// resends it with the same Message-ID); never twice otherwise.

export type SendReminderMail = (mail: OutgoingMail) => Promise<{ messageId: string }>;

export type SweepOptions = {
  db?: DbClient;
  send?: SendReminderMail;
  now?: () => Date;
  appUrl?: string;
  /** Claimed together and sent in parallel over the pooled transport (the next batch claimed meanwhile); each finishes well inside its lease. */
  batchSize?: number;
  leaseMs?: number;
  sendTimeoutMs?: number;
  maxBatches?: number;
  /** No new batch is claimed after this long: the next sweep (a minute later) goes on. */
  budgetMs?: number;
  maxAttempts?: number;
};

export type SweepReport = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  deferred: number;
  lostLease: number;
  /** Stopped at its time budget with reminders possibly still due: sweep again soon. */
  more: boolean;
};

export const DEFAULT_LEASE_MS = 5 * 60_000;

function describeError(error: unknown): string {
  const e = error as { message?: string; code?: string; responseCode?: number; response?: string };
  const parts = [e.responseCode ? `SMTP ${e.responseCode}` : "", e.code ?? "", e.response ?? e.message ?? String(error)].filter(Boolean);
  return parts.join(": ").slice(0, 500);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer from the mail server within ${ms} ms`), { code: "ETIMEDOUT" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Batch = { claims: Claim[]; contexts: Map<string, SweepContext> };

export async function sweepReminders(options: SweepOptions = {}): Promise<SweepReport> {
  const db = await reminderDb(options.db);
  const send = options.send ?? sendMail;
  const now = options.now ?? (() => new Date());
  const appUrl = options.appUrl ?? loadConfig().appUrl;
  const {
    batchSize = 100,
    leaseMs = DEFAULT_LEASE_MS,
    sendTimeoutMs = 2 * 60_000,
    maxBatches = 10_000,
    budgetMs = 45_000,
    maxAttempts = MAX_ATTEMPTS,
  } = options;
  const started = performance.now();
  const report: SweepReport = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, deferred: 0, lostLease: 0, more: false };
  const writer = outcomeWriter(db, now, (outcome, recorded) => {
    if (recorded) report[outcome.kind] += 1;
    else report.lostLease += 1;
  });

  async function deliver(claim: Claim, context: SweepContext): Promise<Outcome> {
    const decision = decideDelivery(claim, context, now(), maxAttempts);
    if (decision.action === "cancel") return { kind: "cancelled", reason: decision.reason };
    if (decision.action === "defer") return { kind: "deferred", until: decision.until };
    if (decision.action === "fail") return { kind: "failed", error: decision.reason };
    try {
      if (!context.unsubscribeToken) throw new Error("no unsubscribe token");
      const links = { appUrl, unsubscribeToken: context.unsubscribeToken };
      const email = await renderReminderEmailFilled(reminderMessage(claim.kind, decision.requests, links, now(), context.locale ?? null));
      const { messageId } = await withTimeout(send({ to: context.email!, ...email, headers: reminderHeaders(claim.id, links) }), sendTimeoutMs);
      return { kind: "sent", messageId };
    } catch (error) {
      const message = describeError(error);
      log.warn(
        { scope: "reminders", reminder: claim.id, attempt: claim.attempts, error: message.split(":").slice(0, 2).join(":") },
        "reminder delivery failed",
      );
      if (claim.attempts >= maxAttempts) return { kind: "failed", error: message };
      return { kind: "retried", error: message, nextAttemptAt: new Date(now().getTime() + retryDelayMs(claim.attempts)) };
    }
  }

  async function claim(): Promise<Batch> {
    const claims = await claimDueReminders(db, { now: now(), limit: batchSize, leaseMs });
    if (claims.length === 0) return { claims, contexts: new Map() };
    const contexts = await loadDeliveryContexts(claims, db);
    // A user's first reminder: their preference row (and its unsubscribe token) is made here.
    const missing = claims.filter((c) => !contexts.get(c.id)!.unsubscribeToken).map((c) => c.userId);
    if (missing.length) {
      const tokens = await ensureUnsubscribeTokens(missing, db);
      for (const c of claims) contexts.get(c.id)!.unsubscribeToken ??= tokens.get(c.userId) ?? null;
    }
    return { claims, contexts };
  }

  const outOfTime = (batch: number) => batch >= maxBatches || performance.now() - started >= budgetMs;
  const prefetch = () => {
    const batch = claim();
    // Awaited in the next turn of the loop; until then a failure must not count as unhandled.
    batch.catch(() => undefined);
    return batch;
  };
  let next: Promise<Batch> | null = outOfTime(0) ? null : prefetch();
  report.more = next === null;
  let sending: Promise<unknown> = Promise.resolve();
  const settle = (c: Claim, context: SweepContext) =>
    deliver(c, context).then(
      (outcome) => writer.add(c, outcome),
      // Left to its lease: a later sweep takes it again.
      (error: unknown) => log.error({ scope: "reminders", reminder: c.id, error: describeError(error) }, "could not deliver a reminder"),
    );
  for (let batch = 1; next; batch++) {
    const { claims, contexts } = await next;
    if (claims.length === 0) break;
    report.claimed += claims.length;
    // Claimed while this batch is rendered and sent: the database works while the SMTP server does.
    next = outOfTime(batch) ? null : prefetch();
    if (!next) report.more = true;
    const previous = sending;
    sending = Promise.all(claims.map((c) => settle(c, contexts.get(c.id)!)));
    // Two batches in flight at most: the next claim waits for the one before this to finish.
    await previous;
  }
  await sending;
  // A failed write leaves its claims to expire and be retried by a later sweep: nothing is lost.
  await writer.drain();
  return report;
}

export function describeSweep(report: SweepReport): string {
  const { claimed, sent, retried, failed, cancelled, deferred, lostLease } = report;
  if (claimed === 0) return "nothing due";
  return `claimed ${claimed}: sent ${sent}, retrying ${retried}, failed ${failed}, cancelled ${cancelled}, moved out of quiet hours ${deferred}${lostLease ? `, lease lost ${lostLease}` : ""}`;
}
