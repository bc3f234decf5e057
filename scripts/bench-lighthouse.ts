// `npm run bench:lighthouse` (after `npm run build`): mobile Lighthouse performance, the median of 5
// runs, for the home page, /services, /deadlines and the wizard's first step, against the production
// build (`next start`) on a throwaway embedded database, in Debian's Chromium. Slow (minutes on two
// cores), so a script people run, not a CI stage. Prints; asserts nothing.
// Options: --runs N (default 5), --port N (default 3450), --chrome PATH (default /usr/bin/chromium).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import pg from "pg";
import { embeddedPaths } from "../lib/db/embedded";
import { socketUrl } from "../lib/db/pglite-server";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, port: { type: "string", default: "3450" }, chrome: { type: "string", default: "/usr/bin/chromium" } },
});
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const base = `http://localhost:${PORT}`;
const GOAL = 90;
const PAGES: { label: string; path: string; signedIn?: boolean }[] = [
  { label: "home", path: "/" },
  { label: "services", path: "/services" },
  { label: "deadlines", path: "/deadlines" },
  { label: "wizard, first step", path: "/requests/new", signedIn: true },
];

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A user with a session, written straight into the server's embedded database: the wizard needs one. */
async function signedInCookie(dataDir: string): Promise<string> {
  const client = new pg.Client({ connectionString: socketUrl(embeddedPaths(dataDir).runDir) });
  await client.connect();
  const token = randomBytes(32).toString("hex");
  await client.query(`INSERT INTO "User" (id, email, "emailVerified") VALUES ('lighthouse', 'lighthouse@example.org', now())`);
  await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('lighthouse', $1, 'lighthouse', now() + interval '1 day')`, [
    token,
  ]);
  await client.end();
  return `next-auth.session-token=${token}`;
}

/** Chromium with its DevTools port, started here (Lighthouse drives it over that port). */
async function launchChromium(): Promise<{ port: number; kill(): void }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "rd-lighthouse-chromium-"));
  const flags = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--remote-debugging-port=0",
    `--user-data-dir=${profile}`,
    "about:blank",
  ];
  const child = spawn(values.chrome, flags, { stdio: ["ignore", "ignore", "pipe"] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", () => reject(new Error(`Chromium exited before listening: ${seen.slice(0, 500)}`)));
  });
  return { port, kill: () => (child.kill("SIGKILL"), rmSync(profile, { recursive: true, force: true })) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rd-lighthouse-"));
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      AUTH_SECRET: randomBytes(24).toString("hex"),
      APP_URL: base,
      MAIL_OUTBOX: "true",
      REMINDERS_ENABLED: "false",
      LOG_LEVEL: "warn",
    },
  });
  const chrome = await launchChromium();
  try {
    await waitFor(`${base}/api/health`, 60_000);
    const cookie = await signedInCookie(dataDir);
    console.log(`Lighthouse 12 mobile performance (simulated slow 4G, 4× CPU slowdown), median of ${RUNS} runs; goal ≥ ${GOAL}\n`);
    const results: { label: string; score: number }[] = [];
    for (const page of PAGES) {
      const url = `${base}${page.path}`;
      await fetch(url, { headers: page.signedIn ? { cookie } : {} }); // warm the server's caches once
      const scores: number[] = [];
      const lcp: number[] = [];
      const tbt: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
        });
        const lhr = result!.lhr;
        if (lhr.finalDisplayedUrl !== url) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
        scores.push(Math.round((lhr.categories.performance!.score ?? 0) * 100));
        lcp.push(lhr.audits["largest-contentful-paint"]!.numericValue ?? NaN);
        tbt.push(lhr.audits["total-blocking-time"]!.numericValue ?? NaN);
      }
      const score = median(scores);
      results.push({ label: page.label, score });
      console.log(
        `${`${page.label} (${page.path})`.padEnd(34)} ${String(score).padStart(3)}   runs ${scores.join(", ")}; LCP ${(median(lcp) / 1000).toFixed(1)} s, TBT ${Math.round(median(tbt))} ms`,
      );
    }
    const lowest = results.reduce((a, b) => (b.score < a.score ? b : a));
    console.log(`\nLowest: ${lowest.label} ${lowest.score}; goal ≥ ${GOAL} on every page: ${results.every((r) => r.score >= GOAL) ? "met" : "NOT met"}`);
  } finally {
    chrome.kill();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
