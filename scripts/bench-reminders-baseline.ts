// The reminder sweep's sending path as it was before issue 18, kept only so that
// scripts/bench-reminders.ts can measure today's path against it in the same run: every message
// rendered by React in full, sent over its own SMTP connection, and its outcome written by its own
// UPDATE. Retries and failures are left out (the benchmark's server accepts everything).
import { renderReminderEmail } from "../emails/reminder";
import { reminderHeaders, reminderMessage } from "../lib/reminders/content";
import { loadDeliveryContexts } from "../lib/reminders/data";
import { decideDelivery, MAX_ATTEMPTS } from "../lib/reminders/decide";
import { claimDueReminders, ensureUnsubscribeTokens, recordSent, type DbClient } from "../lib/reminders/mutations";
import { smtpSender } from "../lib/testing/smtp";

export async function baselineSweep(db: DbClient, smtpUrl: string, now: Date, appUrl: string): Promise<number> {
  const send = smtpSender(smtpUrl, { timeoutMs: 30_000 });
  let sent = 0;
  try {
    for (;;) {
      const claims = await claimDueReminders(db, { now, limit: 50, leaseMs: 300_000 });
      if (claims.length === 0) return sent;
      const contexts = await loadDeliveryContexts(claims, db);
      const tokens = await ensureUnsubscribeTokens(
        claims.map((claim) => claim.userId),
        db,
      );
      const results = await Promise.all(
        claims.map(async (claim) => {
          const context = contexts.get(claim.id)!;
          const decision = decideDelivery(claim, context, now, MAX_ATTEMPTS);
          if (decision.action !== "send") throw new Error(`the benchmark expected every reminder to be sent, got ${decision.action}`);
          const links = { appUrl, unsubscribeToken: tokens.get(claim.userId)! };
          const email = await renderReminderEmail(reminderMessage(claim.kind, decision.requests, links, now));
          const { messageId } = await send({ to: context.email!, ...email, headers: reminderHeaders(claim.id, links) });
          return recordSent(db, claim, messageId, now);
        }),
      );
      sent += results.filter(Boolean).length;
    }
  } finally {
    send.close();
  }
}
