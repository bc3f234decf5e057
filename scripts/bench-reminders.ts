// `npx tsx scripts/bench-reminders.ts [--postgres] [--requests N] [--send N] [--sweepers N]`
// Measures the reminder sweeper: one sweep with nothing due over 10,000 requests and over a large
// table (1,000,000 on PostgreSQL, 100,000 on the embedded PGlite), the plan of its claim query,
// and the throughput of sending reminders to a local SMTP server, the new path against the one before
// it (scripts/bench-reminders-baseline.ts) in the same run, with the CPU time each spends per message
// (less sensitive than throughput to other work on a shared machine), and the cost of rendering
// alone. Prints; asserts nothing.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { applyMigrations } from "../lib/db/migrations";
import { startPgliteServer } from "../lib/db/pglite-server";
import { CLAIM_SQL } from "../lib/reminders/mutations";
import { findPostgresBin, startPostgresCluster } from "../lib/testing/postgres-cluster";
import { createSmtpTransport, sendRaw, type OutgoingMail } from "../lib/mail/transport";

// React renders the emails; measure its production build, as `next start` runs it.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const { sweepReminders } = await import("../lib/reminders/sweep");
const { baselineSweep } = await import("./bench-reminders-baseline");

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const postgres = args.includes("--postgres");
const large = Number(option("--requests") ?? (postgres ? 1_000_000 : 100_000));
// Two sets of this many, one per path: the seed's 10,000 requests give one reminder each.
const toSend = Number(option("--send") ?? 5_000);
const sweepers = Number(option("--sweepers") ?? 1);
// 11:00 in London: inside everyone's waking hours, so no reminder waits for the morning.
const NOW = new Date("2026-06-15T10:00:00Z");
const appUrl = "https://rights.example.org";

type Database = { url: string; stop(): Promise<void> | void };

async function startDatabase(): Promise<Database> {
  if (postgres) {
    const bin = findPostgresBin();
    if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql), or run without --postgres.");
    const cluster = await startPostgresCluster(bin);
    return { url: cluster.url, stop: () => cluster.stop() };
  }
  const socketDir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
  const server = await startPgliteServer({ dataPath: "memory://", socketDir });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * N requests spread over 60 days either side of NOW, three reminders each (7 and 1 days before,
 * the day after): those whose time has passed are sent, the rest pending. Nothing is due at NOW.
 */
async function seed(db: PrismaClient, requests: number): Promise<void> {
  const users = Math.max(1, Math.ceil(requests / 10));
  const now = NOW.toISOString();
  await db.$executeRawUnsafe(`
    INSERT INTO "User" ("id", "email", "emailVerified", "createdAt")
    SELECT 'u' || g, 'user' || g || '@bench.example', now(), now() FROM generate_series(1, ${users}) g`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Request" ("id", "userId", "serviceRef", "serviceName", "regime", "rights", "language", "letterSubject",
                           "letterBody", "recipient", "requesterName", "requesterEmail", "sentOn", "dueDate", "dueAt")
    SELECT 'r' || g, 'u' || (1 + g % ${users}), 'netflix@2024-04-17', 'Service ' || (g % 500), 'uk-gdpr', ARRAY['access'], 'en',
           'Subject access request', repeat('Letter text. ', 20), 'privacy@service.example',
           'User ' || (1 + g % ${users}), 'user' || (1 + g % ${users}) || '@bench.example',
           to_char(d - interval '1 month', 'YYYY-MM-DD'), to_char(d, 'YYYY-MM-DD'), d + interval '22 hours 59 minutes 59.999 seconds'
    FROM (SELECT g, date_trunc('day', '${now}'::timestamp) + ((g % 120) - 60) * interval '1 day' AS d FROM generate_series(1, ${requests}) g) s`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Reminder" ("id", "userId", "requestId", "requestIds", "kind", "dedupeKey", "dueDate", "sendAt", "expiresAt",
                            "status", "attempts", "messageId", "sentAt", "updatedAt")
    SELECT r."id" || ':' || k.kind, r."userId", r."id", ARRAY[r."id"], k.kind, r."id" || ':' || k.kind || ':' || r."dueDate", r."dueDate",
           s.send_at, s.send_at + k.valid,
           CASE WHEN s.send_at < '${now}' THEN 'sent' ELSE 'pending' END,
           CASE WHEN s.send_at < '${now}' THEN 1 ELSE 0 END,
           CASE WHEN s.send_at < '${now}' THEN '<bench.' || r."id" || k.kind || '@bench>' END,
           CASE WHEN s.send_at < '${now}' THEN s.send_at END, now()
    FROM "Request" r
    CROSS JOIN (VALUES ('before-7d', interval '-7 days', interval '6 days'), ('before-1d', interval '-1 day', interval '1 day'),
                       ('overdue-1d', interval '1 day 10 hours', interval '7 days')) AS k(kind, offset_, valid)
    CROSS JOIN LATERAL (SELECT date_trunc('day', r."dueAt") + interval '8 hours' + k.offset_ AS send_at) s`);
  await db.$executeRawUnsafe(`ANALYZE`);
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function explainClaim(db: PrismaClient, forceScan: boolean): Promise<{ plan: string; ms: number }> {
  let plan = "";
  await db
    .$transaction(async (tx) => {
      if (forceScan) {
        await tx.$executeRawUnsafe(`SET LOCAL enable_indexscan = off`);
        await tx.$executeRawUnsafe(`SET LOCAL enable_bitmapscan = off`);
      }
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${CLAIM_SQL}`,
        NOW,
        10,
        "bench",
        new Date(NOW.getTime() + 300_000),
      );
      plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      throw new Error("rollback");
    })
    .catch((error: Error) => {
      if (error.message !== "rollback") throw error;
    });
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  return { plan, ms };
}

type SweepFigures = { requests: number; reminders: number; seedMs: number; sweepMs: number; claimMs: number; scanMs: number; plan: string };

async function measureEmptySweep(requests: number): Promise<SweepFigures & { db: PrismaClient; database: Database }> {
  const database = await startDatabase();
  await applyMigrations(database.url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 4 }) });
  const seeded = performance.now();
  await seed(db, requests);
  const seedMs = performance.now() - seeded;
  const reminders = await db.reminder.count();
  const noSend = () => Promise.reject(new Error("nothing should be due"));
  const sweep = async () => {
    const report = await sweepReminders({ db, now: () => NOW, send: noSend, appUrl });
    if (report.claimed) throw new Error(`expected nothing due, claimed ${report.claimed}`);
  };
  await median(5, sweep);
  const sweepMs = await median(51, sweep);
  const { plan, ms: claimMs } = await explainClaim(db, false);
  const { ms: scanMs } = await explainClaim(db, true);
  return { db, database, requests, reminders, seedMs, sweepMs, claimMs, scanMs, plan };
}

// The SMTP server runs in its own process, as a real one would, and only counts messages.
const SMTP_CHILD = `
import { createRequire } from "node:module";
const { SMTPServer } = createRequire(${JSON.stringify(path.join(process.cwd(), "package.json"))})("smtp-server");
let count = 0;
const server = new SMTPServer({ disabledCommands: ["STARTTLS", "AUTH"], logger: false, onData(stream, session, callback) {
  stream.on("data", () => {}); stream.on("end", () => { count++; callback(); });
} });
server.listen(0, "127.0.0.1", () => process.send({ port: server.server.address().port }));
process.on("message", () => { const cpu = process.cpuUsage(); process.send({ count, cpuMs: (cpu.user + cpu.system) / 1000 }); });
`;

/** Wall time, and CPU time of the sweeper's process (with the embedded database in it) and of the SMTP server's. */
type Sending = { sent: number; received: number; ms: number; cpuMs: number; serverCpuMs: number };

/**
 * Makes `count` reminders due at NOW as a sweep meets them: one per request, a third each a week
 * before, the day before and the day after a deadline (so their deadlines fall on three days, as
 * they do for the reminders due at any one moment), starting at request number `from`.
 */
async function makeDue(db: PrismaClient, from: number, count: number): Promise<void> {
  const day = "date_trunc('day', $1::timestamp)";
  await db.$executeRawUnsafe(
    `
    UPDATE "Request" r SET "dueDate" = to_char(s.due, 'YYYY-MM-DD'), "sentOn" = to_char(s.due - interval '1 month', 'YYYY-MM-DD'),
                           "dueAt" = s.due + interval '22 hours 59 minutes 59.999 seconds'
    FROM (SELECT 'r' || g AS id, ${day} + (ARRAY[7, 1, -1])[1 + g % 3] * interval '1 day' AS due FROM generate_series($2::int, $3::int) g) s
    WHERE r."id" = s.id`,
    NOW,
    from,
    from + count - 1,
  );
  await db.$executeRawUnsafe(
    `
    UPDATE "Reminder" m SET "status" = 'pending', "attempts" = 0, "messageId" = NULL, "sentAt" = NULL, "dueDate" = r."dueDate",
                            "sendAt" = $1::timestamp - interval '1 minute', "expiresAt" = $1::timestamp + interval '1 day'
    FROM (SELECT 'r' || g AS id, (ARRAY['before-7d', 'before-1d', 'overdue-1d'])[1 + g % 3] AS kind FROM generate_series($2::int, $3::int) g) s
    JOIN "Request" r ON r."id" = s.id
    WHERE m."requestId" = s.id AND m."kind" = s.kind`,
    NOW,
    from,
    from + count - 1,
  );
}

async function withSmtpServer<T>(run: (url: string) => Promise<T>): Promise<T & { received: number; serverCpuMs: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-smtp-"));
  const file = path.join(dir, "smtp.mjs");
  writeFileSync(file, SMTP_CHILD);
  const child = fork(file, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const port = await new Promise<number>((resolve) => child.once("message", (m: { port: number }) => resolve(m.port)));
    const result = await run(`smtp://127.0.0.1:${port}`);
    child.send("count");
    const { count: received, cpuMs: serverCpuMs } = await new Promise<{ count: number; cpuMs: number }>((resolve) => child.once("message", resolve));
    return { ...result, received, serverCpuMs };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The path before this change (scripts/bench-reminders-baseline.ts). */
async function measureBaseline(db: PrismaClient, count: number): Promise<Sending> {
  await makeDue(db, 1, count);
  return withSmtpServer(async (url) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const sent = await baselineSweep(db, url, NOW, appUrl);
    return { sent, ms: performance.now() - started, cpuMs: cpuMsSince(cpu) };
  });
}

/** Today: the app's sweep with its defaults, through the app's pooled transport. */
async function measureSending(db: PrismaClient, count: number): Promise<Sending> {
  await makeDue(db, count + 1, count);
  return withSmtpServer(async (url) => {
    const transport = createSmtpTransport(url);
    const send = (mail: OutgoingMail) => sendRaw(transport, { from: "RightsDesk <no-reply@localhost>", ...mail });
    const started = performance.now();
    const cpu = process.cpuUsage();
    let sent = 0;
    // Like `sweepers` app instances sweeping the same outbox at once.
    await Promise.all(
      Array.from({ length: sweepers }, async () => {
        for (;;) {
          const report = await sweepReminders({ db, send, now: () => NOW, appUrl });
          sent += report.sent;
          if (!report.more && report.claimed === 0) break;
        }
      }),
    );
    const ms = performance.now() - started;
    const cpuMs = cpuMsSince(cpu);
    transport.close();
    return { sent, ms, cpuMs };
  });
}

/** Rendering alone, per message: React in full against the template filled, over the same messages. */
async function measureRendering(): Promise<{ full: number; filled: number }> {
  const { renderReminderEmail, renderReminderEmailFilled } = await import("../emails/reminder");
  const { reminderMessage } = await import("../lib/reminders/content");
  const kinds = ["before-7d", "before-1d", "overdue-1d"] as const;
  const messages = Array.from({ length: 600 }, (_, i) => {
    const due = new Date(NOW.getTime() + [7, 1, -1][i % 3]! * 86_400_000);
    const dueDate = due.toISOString().slice(0, 10);
    const sentOn = new Date(due.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
    const request = {
      id: `r${i}`,
      regime: "uk-gdpr",
      dueDate,
      dueAt: new Date(`${dueDate}T22:59:59.999Z`),
      serviceName: `Service ${i % 500}`,
      rights: ["access"],
      sentOn,
      letterSubject: "Subject access request",
      language: "en",
      recipient: "privacy@service.example",
      requesterName: `User ${i}`,
      requesterEmail: `user${i}@bench.example`,
      status: "sent",
      stage: 0,
    };
    return reminderMessage(kinds[i % 3]!, [request], { appUrl, unsubscribeToken: `tok${i}` }, NOW);
  });
  const time = async (render: (m: (typeof messages)[number]) => Promise<unknown>) => {
    for (const m of messages.slice(0, 30)) await render(m);
    const started = performance.now();
    for (const m of messages) await render(m);
    return (performance.now() - started) / messages.length;
  };
  return { full: await time(renderReminderEmail), filled: await time(renderReminderEmailFilled) };
}

function printFigures(label: string, f: SweepFigures) {
  console.log(`\n${label}: ${f.requests.toLocaleString("en")} requests, ${f.reminders.toLocaleString("en")} reminders (seeded in ${seconds(f.seedMs)})`);
  console.log(`  one sweep with nothing due (median of 51):  ${f.sweepMs.toFixed(2)} ms`);
  console.log(`  its claim query inside the database:        ${f.claimMs.toFixed(3)} ms (EXPLAIN ANALYZE)`);
  console.log(`  the same query with index scans disabled:   ${f.scanMs.toFixed(1)} ms (what a table scan would cost)`);
}

async function main() {
  console.log(`Reminder sweeper benchmark on ${postgres ? "PostgreSQL" : "embedded PGlite"} (${os.cpus().length} CPUs)`);
  const small = await measureEmptySweep(10_000);
  printFigures("Small", small);
  const baseline = await measureBaseline(small.db, toSend);
  const sending = await measureSending(small.db, toSend);
  const rendering = await measureRendering();
  await small.db.$disconnect();
  await small.database.stop();

  const big = await measureEmptySweep(large);
  printFigures("Large", big);
  console.log(`\nClaim plan over ${large.toLocaleString("en")} requests:\n${big.plan.replace(/^/gm, "  ")}`);
  const usesIndex = /Reminder_status_sendAt_idx/.test(big.plan) && !/Seq Scan on "Reminder"/.test(big.plan);
  console.log(`\nIndex used, no table scan: ${usesIndex ? "yes" : "NO"}`);
  console.log(
    `Nothing-due sweep, large / small: ${(big.sweepMs / small.sweepMs).toFixed(2)}x for ${(large / 10_000).toFixed(0)}x the rows ` +
      `(claim query alone: ${(big.claimMs / small.claimMs).toFixed(2)}x; with a table scan it would be ${(big.scanMs / small.scanMs).toFixed(0)}x)`,
  );
  const rate = (s: Sending) => s.sent / (s.ms / 1000);
  const perMessage = (s: Sending) =>
    `CPU ${(s.cpuMs / s.sent).toFixed(2)} ms a message in the sweeper (its database included) + ${(s.serverCpuMs / s.sent).toFixed(2)} ms in the SMTP server`;
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `\nSending ${toSend.toLocaleString("en")} due reminders into a local SMTP server (its own process), rendered, sent and recorded (load average ${load}):`,
  );
  console.log(
    `  before (batches of 50 one after another, nodemailer's MIME, 4 connections, sends written per batch): ${Math.round(rate(baseline))} messages/second in ${seconds(baseline.ms)}; ${perMessage(baseline)}; the server received ${baseline.received.toLocaleString("en")}`,
  );
  console.log(
    `  now (${sweepers} sweeper${sweepers === 1 ? "" : "s"}, next batch claimed while one is sent, one-buffer MIME, 8 connections, outcomes gathered per statement): ${Math.round(rate(sending))} messages/second in ${seconds(sending.ms)}; ${perMessage(sending)}; the server received ${sending.received.toLocaleString("en")}`,
  );
  const cpuRatio = (baseline.cpuMs + baseline.serverCpuMs) / baseline.sent / ((sending.cpuMs + sending.serverCpuMs) / sending.sent);
  const goal = rate(sending) / 400;
  console.log(
    `  ×${(rate(sending) / rate(baseline)).toFixed(2)} the throughput of before, ×${cpuRatio.toFixed(2)} less CPU a message; against the goal of 400/s: ×${goal.toFixed(2)} (${goal >= 1 ? "met" : "NOT met"})`,
  );
  console.log(
    `  every reminder sent exactly once: ${sending.sent === toSend && sending.received === toSend && baseline.sent === toSend && baseline.received === toSend ? "yes" : "NO"}`,
  );
  console.log(
    `  rendering alone: ${rendering.full.toFixed(2)} ms a message in full, ${rendering.filled.toFixed(3)} ms filled (×${(rendering.full / rendering.filled).toFixed(0)})`,
  );
  await big.db.$disconnect();
  await big.database.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
