import { loadConfig } from "./config";
import { ConfigError } from "./config/env";
import { openDatabase } from "./db/health";
import { recordPeerAddresses } from "./http/peer-address";
import { log } from "./log";

// Called once per server start (instrumentation.ts), before the first request is served.
export async function startServer(): Promise<void> {
  recordPeerAddresses();
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  try {
    await openDatabase();
  } catch (error) {
    console.error(
      `\nThe database could not be opened: ${(error as Error).message}\nCheck DATABASE_URL (server address, database name, user and password), or unset it to use the embedded database.\n`,
    );
    process.exit(1);
  }
  startReminders();
  startInboundMail();
}

// Replies by mail, only where the operator named a port and a domain (INBOUND_SMTP_PORT, INBOUND_DOMAIN).
function startInboundMail(): void {
  const config = loadConfig();
  if (!config.INBOUND_SMTP_PORT || !config.INBOUND_DOMAIN || process.env.NEXT_PHASE === "phase-production-build") return;
  const options = { port: config.INBOUND_SMTP_PORT, host: config.INBOUND_SMTP_HOST, domain: config.INBOUND_DOMAIN };
  void Promise.all([import("./mail/inbound"), import("./replies/config")])
    .then(([{ startInboundSmtp }, { replyLimits }]) => startInboundSmtp({ ...options, limits: replyLimits(config) }))
    .then(
      () => log.info({ scope: "replies", port: options.port, domain: options.domain }, "receiving replies by mail"),
      (error: unknown) => log.error({ scope: "replies", error }, "the inbound SMTP server could not start"),
    );
}

// The reminder sweeper runs inside the server unless switched off; never in tests, and never while
// `next build` prerenders (which may load this file): a build must not send mail.
function startReminders(): void {
  const config = loadConfig();
  if (!config.REMINDERS_ENABLED || config.NODE_ENV === "test" || process.env.NEXT_PHASE === "phase-production-build") return;
  const intervalMs = config.REMINDERS_INTERVAL_SECONDS * 1000;
  void import("./reminders/schedule").then(({ startReminderSchedule }) => {
    startReminderSchedule({ intervalMs });
    log.info(
      { scope: "reminders", intervalSeconds: config.REMINDERS_INTERVAL_SECONDS },
      "sweeping the reminder outbox (REMINDERS_ENABLED=false turns this off)",
    );
  });
}
