// `npm run reminders`: one sweep of the reminder outbox, then exit. For a system cron job, or to
// send what is due right now. Safe while the app runs (it claims rows like the in-app sweeper) and
// on the embedded database either way (it joins the running app's database, or opens it itself).
import { loadConfig } from "../lib/config";
import { getDb } from "../lib/db/client";
import { releaseOwnership } from "../lib/db/embedded";
import { describeSweep, sweepReminders } from "../lib/reminders/sweep";

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await getDb();
  try {
    const report = await sweepReminders({ db });
    console.log(`[reminders] ${describeSweep(report)}`);
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
