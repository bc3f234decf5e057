// `npx tsx scripts/bench-dashboard.ts [--postgres] [--runs 40]`: how the dashboard's cost grows with a
// user's history. Seeds a throwaway database (embedded PGlite, or a temporary PostgreSQL cluster
// with --postgres) with users holding 0, 1,000 and 10,000 requests (with their events and three
// reminders each, as real histories leave), beside other users with long histories of their own, then times
// the loaders the dashboard page calls, and prints the times and their ratio to the empty dashboard.
// --explain also prints the query plans for the largest user; --without-index drops the reminders'
// requestIds index first, to show what it buys.
// It measures and prints; it asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

// The loaders are marked server-only for Next; outside Next that marker is an empty module.
register(
  `data:text/javascript,${encodeURIComponent('export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }')}`,
);

const { values } = parseArgs({
  options: {
    postgres: { type: "boolean", default: false },
    "without-index": { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    runs: { type: "string", default: "100" },
  },
});
const RUNS = Number(values.runs);
const SIZES = [0, 1_000, 10_000];
// Other people's histories: one user's dashboard must not grow with them.
const OTHERS = [10_000, 10_000, 5_000, 1_000];

type Server = { url: string; stop(): Promise<void> | void };

async function startServer(): Promise<Server> {
  if (values.postgres) {
    const { findPostgresBin, startPostgresCluster } = await import("../lib/testing/postgres-cluster");
    const bin = findPostgresBin();
    if (!bin) throw new Error("PostgreSQL is not installed: run without --postgres, or `apt-get install -y postgresql`.");
    return startPostgresCluster(bin);
  }
  const { startPgliteServer } = await import("../lib/db/pglite-server");
  const dir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
  const server = await startPgliteServer({ dataPath: path.join(dir, "data"), socketDir: path.join(dir, "run") });
  return { url: server.url, stop: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

/**
 * n requests for one user, as a long history looks: the 50 newest still open (some overdue, some due
 * this week, some later), and the rest sent over the three years before, mostly done, one in ten
 * refused and left there.
 */
const SEED = `
  WITH seq AS (SELECT i, CASE WHEN i <= 50 THEN i ELSE 50 + i % 1095 END AS days_ago FROM generate_series(1, $2::int) AS i)
  INSERT INTO "Request" (id, "userId", "serviceRef", "serviceName", regime, rights, language, "letterSubject", "letterBody", recipient,
                         "sentOn", "dueDate", "dueAt", status, stage, version, "createdAt")
  SELECT $1 || '-' || i, $1, 'netflix@2024-04-17', 'Service ' || (i % 97), (ARRAY['uk-gdpr','eu-gdpr','ccpa','us-va'])[1 + i % 4], ARRAY['access'], 'en',
         'Right of access', repeat('Letter text. ', 150), 'privacy@example.com',
         to_char(now() - days_ago * interval '1 day', 'YYYY-MM-DD'), to_char(now() - days_ago * interval '1 day' + interval '30 days', 'YYYY-MM-DD'),
         now() - days_ago * interval '1 day' + interval '30 days',
         CASE WHEN i <= 50 THEN 'sent' WHEN i % 10 = 7 THEN 'refused' ELSE 'completed' END,
         CASE WHEN i <= 50 THEN 0 WHEN i % 10 = 7 THEN 1 ELSE 2 END, 3, now() - days_ago * interval '1 day'
  FROM seq`;
const SEED_EVENTS = `
  INSERT INTO "RequestEvent" (id, "requestId", "userId", type, "on")
  SELECT r.id || '-' || e.type, r.id, r."userId", e.type, r."sentOn" FROM "Request" r
  CROSS JOIN (VALUES ('sent'), ('acknowledged'), ('answer-received')) AS e(type) WHERE r."userId" = $1`;

/** Three reminders per request: a week before and the day before (sent once their time passed), and one
 * the day after the deadline (cancelled for a request answered in time, pending for one still open). */
const SEED_REMINDERS = `
  INSERT INTO "Reminder" (id, "userId", "requestId", "requestIds", kind, "dedupeKey", "dueDate", "sendAt", "expiresAt",
                          status, attempts, "sentAt", "messageId", "createdAt", "updatedAt")
  SELECT r.id || '-' || k.kind, r."userId", r.id, ARRAY[r.id], k.kind, r.id || ':' || k.kind, r."dueDate", r."dueAt" + k.shift,
         r."dueAt" + k.shift + interval '3 days', s.status, CASE WHEN s.status = 'sent' THEN 1 ELSE 0 END,
         CASE WHEN s.status = 'sent' THEN r."dueAt" + k.shift END, CASE WHEN s.status = 'sent' THEN '<' || r.id || k.kind || '@bench>' END,
         r."createdAt", r."dueAt" + k.shift
  FROM "Request" r
  CROSS JOIN (VALUES ('before-7d', interval '-7 days'), ('before-1d', interval '-1 day'), ('overdue-1d', interval '1 day')) AS k(kind, shift)
  CROSS JOIN LATERAL (SELECT CASE WHEN r."dueAt" + k.shift > now() THEN 'pending'
                                  WHEN k.kind = 'overdue-1d' AND r.stage > 0 THEN 'cancelled' ELSE 'sent' END AS status) s
  WHERE r."userId" = $1`;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

type Raw = { $queryRawUnsafe<T>(query: string, ...values: unknown[]): Promise<T> };

/** The plans behind the default view, to show which index each part uses. */
async function explain(db: Raw, userId: string, pageIds: string[]) {
  const now = new Date().toISOString();
  const ids = `ARRAY[${pageIds.map((id) => `'${id}'`).join(",")}]::text[]`;
  const plans = {
    // What loadReminderSummaries asks Prisma for.
    "reminder summary of the page": `SELECT id, kind, status, "requestId", "requestIds", "sendAt", "sentAt", attempts, "lastError", "updatedAt" FROM "Reminder"
      WHERE "userId" = $1 AND "requestIds" && ${ids} ORDER BY "sendAt", id LIMIT 2000`,
    "page (default view)": `SELECT id FROM "Request" WHERE "userId" = $1 AND stage < 2 ORDER BY stage, "dueAt", id LIMIT 21`,
    "count done (capped)": `SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = $1 AND stage = 2 ORDER BY "dueAt" LIMIT 1001) t`,
    "count overdue (capped)": `SELECT count(*) FROM (SELECT 1 FROM "Request" WHERE "userId" = $1 AND stage = 0 AND "dueAt" < '${now}' ORDER BY "dueAt" LIMIT 1001) t`,
  };
  for (const [label, sql] of Object.entries(plans)) {
    const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`, userId);
    console.log(`\n${label}:\n${rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
  }
}

async function main() {
  const server = await startServer();
  process.env.DATABASE_URL = server.url;
  try {
    const { getDb } = await import("../lib/db/client");
    const { loadDashboardCounts, loadDashboardPage } = await import("../lib/requests/tracking/data");
    const { loadReminderSummaries } = await import("../lib/reminders/data");
    // The page's loaders in the page's order: counts and the page at once, then the page's reminders.
    const dashboard = async (id: string, query: ReturnType<typeof parseDashboardQuery>, now: Date) => {
      const [, page] = await Promise.all([loadDashboardCounts(id, now), loadDashboardPage(id, query, now)]);
      await loadReminderSummaries(
        id,
        page.items.map((item) => item.id),
      );
    };
    const { parseDashboardQuery } = await import("../lib/requests/tracking/schema");
    const db = await getDb();
    const users: Record<number, string> = {};
    const seedStart = performance.now();
    const seedUser = async (email: string, size: number) => {
      const user = await db.user.create({ data: { email }, select: { id: true } });
      if (size > 0) {
        await db.$executeRawUnsafe(SEED, user.id, size);
        await db.$executeRawUnsafe(SEED_EVENTS, user.id);
        await db.$executeRawUnsafe(SEED_REMINDERS, user.id);
      }
      return user.id;
    };
    for (const size of SIZES) users[size] = await seedUser(`bench-${size}@example.org`, size);
    for (const [i, size] of OTHERS.entries()) await seedUser(`other-${i}@example.org`, size);
    // To measure what the index buys: the same run without it.
    if (values["without-index"]) await db.$executeRawUnsafe(`DROP INDEX "Reminder_requestIds_idx"`);
    await db.$executeRawUnsafe(`ANALYZE`);
    const totals = await db.$queryRawUnsafe<{ users: bigint; requests: bigint; events: bigint; reminders: bigint }[]>(
      `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Request") AS requests, (SELECT count(*) FROM "RequestEvent") AS events, (SELECT count(*) FROM "Reminder") AS reminders`,
    );
    const t = totals[0]!;
    console.log(
      `${values.postgres ? "PostgreSQL" : "PGlite (embedded)"}: seeded ${t.users} users, ${t.requests} requests, ${t.events} events and ${t.reminders} reminders in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; ${RUNS} runs per case after 20 warm-ups\n`,
    );

    const views = [
      ["default view (not done, most urgent first)", {}],
      ["overdue", { group: "overdue" }],
      ["done, page 5", { group: "done", page: "5" }],
      ["all, newest first", { group: "all", sort: "sent" }],
      ["status refused, law UK GDPR", { group: "all", status: "refused", law: "uk-gdpr" }],
    ] as const;
    const growth: [string, number][] = [];
    for (const [label, params] of views) {
      const query = parseDashboardQuery(params);
      const base: Record<number, number> = {};
      console.log(label);
      for (const size of SIZES) {
        // What the page does per request: both loaders at once, with the same `now`.
        const timed = async (run: () => Promise<unknown>) => {
          const start = performance.now();
          await run();
          return performance.now() - start;
        };
        const once = async () => {
          const now = new Date();
          const id = users[size]!;
          const both = await timed(() => dashboard(id, query, now));
          return { both, counts: await timed(() => loadDashboardCounts(id, now)), page: await timed(() => loadDashboardPage(id, query, now)) };
        };
        for (let i = 0; i < 20; i++) await once();
        const samples: Awaited<ReturnType<typeof once>>[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await once());
        const { median, p95 } = stats(samples.map((s) => s.both));
        const parts = `counts ${stats(samples.map((s) => s.counts)).median.toFixed(2)} ms, page ${stats(samples.map((s) => s.page)).median.toFixed(2)} ms`;
        base[size] = median;
        // The empty dashboard has no rows whose reminders to load; 10,000 against 1,000 is the growth with history.
        if (size > 1_000) growth.push([label, median / base[1_000]!]);
        const ratio =
          size === 0
            ? ""
            : `  ×${(median / base[0]!).toFixed(2)} of empty${size > 1_000 ? `, ×${(median / base[1_000]!).toFixed(2)} of 1,000 (goal ≤ ×1.3)` : ""}`;
        console.log(`  ${String(size).padStart(6)} requests: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${parts})${ratio}`);
      }
    }
    const [worstLabel, worst] = growth.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`\n10,000 vs 1,000 requests, worst view: ×${worst.toFixed(2)} (${worstLabel}); goal ≤ ×1.3: ${worst <= 1.3 ? "met" : "NOT met"}`);
    const largest = users[SIZES.at(-1)!]!;
    if (values.explain)
      await explain(
        db,
        largest,
        (await loadDashboardPage(largest, parseDashboardQuery({}), new Date())).items.map((item) => item.id),
      );
    await db.$disconnect();
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
