// The reminder sweep's sending path as it was before this change (the 131/s of the README), kept
// only so that scripts/bench-reminders.ts can measure today's path against it in the same run:
// batches of 50, each claimed, read and given its tokens one step after another, every message
// filled from its template and composed by nodemailer (its MIME streamed in many small writes)
// over the pooled TCP_NODELAY transport, and the batch's sends written in one statement when
// the whole batch is done. Retries and failures are left out (the benchmark's server accepts all).
import { renderReminderEmailFilled } from "../emails/reminder";
import { createSmtpTransport } from "../lib/mail/transport";
import { reminderHeaders, reminderMessage } from "../lib/reminders/content";
import { loadDeliveryContexts } from "../lib/reminders/data";
import { decideDelivery, MAX_ATTEMPTS } from "../lib/reminders/decide";
import { claimDueReminders, ensureUnsubscribeTokens, recordOutcomes, type DbClient } from "../lib/reminders/mutations";

export async function baselineSweep(db: DbClient, smtpUrl: string, now: Date, appUrl: string): Promise<number> {
  const transport = createSmtpTransport(smtpUrl);
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
          const email = await renderReminderEmailFilled(reminderMessage(claim.kind, decision.requests, links, now, context.locale ?? null));
          const info = await transport.sendMail({
            from: "RightsDesk <no-reply@localhost>",
            to: context.email!,
            ...email,
            headers: reminderHeaders(claim.id, links),
          });
          return { claim, outcome: { kind: "sent" as const, messageId: info.messageId } };
        }),
      );
      sent += (await recordOutcomes(db, results, now)).size;
    }
  } finally {
    transport.close();
  }
}
