import { renderReminderEmailFilled } from "@/emails/reminder";
import { loadConfig } from "@/lib/config";
import { log } from "@/lib/log";
import { sendMail, type OutgoingMail } from "@/lib/mail/transport";
import { reminderHeaders, reminderMessage, type ReminderRequest } from "./content";
import { loadDeliveryContexts } from "./data";
import { decideDelivery, MAX_ATTEMPTS, retryDelayMs, type DeliveryContext } from "./decide";
import {
  claimDueReminders,
  ensureUnsubscribeTokens,
  recordCancel,
  recordDefer,
  recordFailure,
  recordRetry,
  recordSentMany,
  reminderDb,
  type Claim,
  type DbClient,
} from "./mutations";

// One sweep of the outbox: claim due reminders in small batches, decide on each from the request
// as it is now, send, and record the outcome. At least once per reminder (a crash between the SMTP
// server's OK and our record resends it, with the same Message-ID); never twice otherwise.

export type SendReminderMail = (mail: OutgoingMail) => Promise<{ messageId: string }>;

export type SweepOptions = {
  db?: DbClient;
  send?: SendReminderMail;
  now?: () => Date;
  appUrl?: string;
  /** Claimed together and sent in parallel over the pooled transport; each batch finishes well inside its lease. */
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

type Outcome = "sent" | "retried" | "failed" | "cancelled" | "deferred";
// A send is recorded with the rest of its batch, in one statement.
type Delivered = { sent: string } | [Outcome, boolean];

export async function sweepReminders(options: SweepOptions = {}): Promise<SweepReport> {
  const db = await reminderDb(options.db);
  const send = options.send ?? sendMail;
  const now = options.now ?? (() => new Date());
  const appUrl = options.appUrl ?? loadConfig().appUrl;
  const {
    batchSize = 50,
    leaseMs = DEFAULT_LEASE_MS,
    sendTimeoutMs = 2 * 60_000,
    maxBatches = 10_000,
    budgetMs = 45_000,
    maxAttempts = MAX_ATTEMPTS,
  } = options;
  const started = performance.now();
  const report: SweepReport = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, deferred: 0, lostLease: 0, more: false };

  async function deliver(claim: Claim, context: DeliveryContext<ReminderRequest>, token: string | undefined): Promise<Delivered> {
    const decision = decideDelivery(claim, context, now(), maxAttempts);
    if (decision.action === "cancel") return ["cancelled", await recordCancel(db, claim, decision.reason)];
    if (decision.action === "defer") return ["deferred", await recordDefer(db, claim, decision.until)];
    if (decision.action === "fail") return ["failed", await recordFailure(db, claim, decision.reason)];
    try {
      if (!token) throw new Error("no unsubscribe token");
      const links = { appUrl, unsubscribeToken: token };
      const email = await renderReminderEmailFilled(reminderMessage(claim.kind, decision.requests, links, now(), context.locale ?? null));
      const { messageId } = await withTimeout(send({ to: context.email!, ...email, headers: reminderHeaders(claim.id, links) }), sendTimeoutMs);
      return { sent: messageId };
    } catch (error) {
      const message = describeError(error);
      log.warn(
        { scope: "reminders", reminder: claim.id, attempt: claim.attempts, error: message.split(":").slice(0, 2).join(":") },
        "reminder delivery failed",
      );
      if (claim.attempts >= maxAttempts) return ["failed", await recordFailure(db, claim, message)];
      return ["retried", await recordRetry(db, claim, message, new Date(now().getTime() + retryDelayMs(claim.attempts)))];
    }
  }

  for (let batch = 0; ; batch++) {
    if (batch >= maxBatches || performance.now() - started >= budgetMs) {
      report.more = true;
      break;
    }
    const claims = await claimDueReminders(db, { now: now(), limit: batchSize, leaseMs });
    if (claims.length === 0) break;
    report.claimed += claims.length;
    const contexts = await loadDeliveryContexts(claims, db);
    const tokens = await ensureUnsubscribeTokens(
      claims.map((claim) => claim.userId),
      db,
    );
    const outcomes = await Promise.allSettled(claims.map((claim) => deliver(claim, contexts.get(claim.id)!, tokens.get(claim.userId))));
    const sent = outcomes.flatMap((outcome, i) =>
      outcome.status === "fulfilled" && "sent" in outcome.value ? [{ claim: claims[i]!, messageId: outcome.value.sent }] : [],
    );
    try {
      const recorded = await recordSentMany(db, sent, now());
      report.sent += recorded.size;
      report.lostLease += sent.length - recorded.size;
    } catch (error) {
      // As below: the claims expire and the next sweep resends them, with the same Message-IDs.
      log.error({ scope: "reminders", error: describeError(error), count: sent.length }, "could not record sent reminders");
    }
    for (const outcome of outcomes) {
      // A failed write leaves the claim to expire and be retried by the next sweep: nothing is lost.
      if (outcome.status === "rejected") log.error({ scope: "reminders", error: describeError(outcome.reason) }, "could not record a reminder outcome");
      else if ("sent" in outcome.value) continue;
      else if (outcome.value[1]) report[outcome.value[0]] += 1;
      else report.lostLease += 1;
    }
  }
  return report;
}

export function describeSweep(report: SweepReport): string {
  const { claimed, sent, retried, failed, cancelled, deferred, lostLease } = report;
  if (claimed === 0) return "nothing due";
  return `claimed ${claimed}: sent ${sent}, retrying ${retried}, failed ${failed}, cancelled ${cancelled}, moved out of quiet hours ${deferred}${lostLease ? `, lease lost ${lostLease}` : ""}`;
}
