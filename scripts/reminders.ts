// `npm run reminders`: one sweep of the reminder outbox, then exit. For a system cron job, or to
// send what is due right now. Safe while the app runs (it claims rows like the in-app sweeper) and
// on the embedded database either way (it joins the running app's database, or opens it itself).
// `npm run reminders -- --replan` first re-plans every user's reminders from their requests: after
// restoring a backup, or if a change to requests was made without re-planning.
import { loadConfig } from "../lib/config";
import { getDb } from "../lib/db/client";
import { releaseOwnership } from "../lib/db/embedded";
import { unsafeLoadUserIdsWithOpenRequests } from "../lib/reminders/data";
import { replanUserReminders } from "../lib/reminders/mutations";
import { describeSweep, sweepReminders } from "../lib/reminders/sweep";

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await getDb();
  try {
    if (process.argv.includes("--replan")) {
      const now = new Date();
      const users = await unsafeLoadUserIdsWithOpenRequests(now, db);
      const totals = { created: 0, updated: 0, revived: 0, cancelled: 0 };
      for (const userId of users) {
        const result = await replanUserReminders(userId, now, db);
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
      }
      console.log(
        `[reminders] re-planned ${users.length} user(s): ${totals.created} new, ${totals.updated} moved, ${totals.revived} restored, ${totals.cancelled} cancelled`,
      );
    }
    const report = await sweepReminders({ db });
    console.log(`[reminders] ${describeSweep(report)}${report.more ? " (more are due: run again)" : ""}`);
    if (config.outbox && report.sent > 0) console.log(`[reminders] no SMTP_URL: the mail is in ${config.dataDir}/outbox (and at /dev/outbox)`);
    return report.failed > 0 ? 2 : 0;
  } finally {
    await db.$disconnect();
    if (!config.DATABASE_URL) await releaseOwnership(config.dataDir);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[reminders] the sweep failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
