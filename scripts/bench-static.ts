// `npm run bench:static` (after `npm run build`): are the public pages served like static ones?
// Starts the production build (`next start`, throwaway embedded database) and measures, for each
// public page a signed-out visitor opens, requests per second (CONCURRENCY keep-alive connections of
// Node's own http client for a fixed time, every body read to the end) and time to first byte (the
// median of sequential requests on one kept-alive connection), next to the same figures for a bare
// static page.
//
// The bare page is /api/bare on the same server: a route rendered once at build that sends a
// 100-byte HTML document, with no layout and no framework markup. It passes through the same proxy
// (which lets /api/ through untouched) and the same cache of prerendered responses, so what it costs
// is the floor of this server for a page built ahead; a public page differs by its size, the proxy's
// rewrite and its CSP. That is a stricter comparison than a bare Next.js page with its ~5 KB of
// framework HTML, and one measured in the same process, so machine load hits both alike. The bare
// page is measured first and last, and the ratios use the mean of the two.
//
// Goals (issue 18, goal 1): requests per second >= 0.5x the bare page, time to first byte <= 1.5x.
// Also printed per page: whether Next answered from its cache (x-nextjs-cache), Cache-Control, and
// whether the CSP is the hash policy (no nonce, no 'unsafe-inline'). A search (/services?q=…) is
// printed for reference: it is rendered per request by design.
// Options: --seconds N per page (default 8), --concurrency N (default 16), --port N (default 3460).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "8" }, concurrency: { type: "string", default: "16" }, port: { type: "string", default: "3460" } },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const PORT = Number(values.port);
const base = `http://localhost:${PORT}`;
const RPS_GOAL = 0.5;
const TTFB_GOAL = 1.5;
const TTFB_SAMPLES = 200;

const BARE = { label: "bare static page", path: "/api/bare" };
const PAGES: { label: string; path: string; reference?: boolean }[] = [
  { label: "home", path: "/" },
  { label: "services", path: "/services" },
  { label: "a service", path: "/services/netflix" },
  { label: "deadlines", path: "/deadlines" },
  { label: "a law's deadlines", path: "/deadlines/eu-gdpr" },
  { label: "a search (per request)", path: "/services?q=netflix", reference: true },
];

type Answer = { status: number; headers: http.IncomingHttpHeaders; ttfb: number; bytes: number };

function get(agent: http.Agent, pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(`${base}${pathname}`, { agent, headers: { "accept-language": "en" } }, (response) => {
      const ttfb = Number(process.hrtime.bigint() - started) / 1e6;
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, ttfb, bytes }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Time to first byte: sequential requests on one kept-alive connection, the median. */
async function timeToFirstByte(pathname: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < TTFB_SAMPLES; i++) times.push((await get(agent, pathname)).ttfb);
  agent.destroy();
  return median(times);
}

/** Requests per second: CONCURRENCY loops on kept-alive connections for SECONDS, only 200s counted. */
async function throughput(pathname: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const answer = await get(agent, pathname);
        if (answer.status !== 200) throw new Error(`${pathname} answered ${answer.status}`);
        done++;
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return done / elapsed;
}

type Measured = { rps: number; ttfb: number; answer: Answer };

async function measure(pathname: string): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true });
  let answer = await get(agent, pathname);
  for (let i = 0; i < 50; i++) answer = await get(agent, pathname); // warm up: the first render, the JIT
  agent.destroy();
  if (answer.status !== 200) throw new Error(`${pathname} answered ${answer.status}`);
  const ttfb = await timeToFirstByte(pathname);
  const rps = await throughput(pathname);
  return { rps, ttfb, answer };
}

function cspKind(csp: string | string[] | undefined): string {
  const policy = String(csp ?? "");
  const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
  if (script.includes("'unsafe-inline'")) return "UNSAFE-INLINE";
  if (script.includes("'nonce-")) return "nonce";
  const hashes = script.split(" ").filter((source) => source.startsWith("'sha256-")).length;
  return hashes > 0 ? `${hashes} hashes` : "none";
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rd-bench-static-"));
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
  try {
    await waitFor(`${base}/api/health`, 90_000);
    console.log(`Public pages against a bare static page on the same production server (${os.cpus().length} cores)`);
    console.log(`requests/s: ${CONCURRENCY} keep-alive connections for ${SECONDS} s; TTFB: median of ${TTFB_SAMPLES} sequential requests\n`);
    const bareFirst = await measure(BARE.path);
    const rows: { label: string; path: string; reference?: boolean; m: Measured }[] = [];
    for (const page of PAGES) rows.push({ ...page, m: await measure(page.path) });
    const bareLast = await measure(BARE.path);
    const bare = { rps: (bareFirst.rps + bareLast.rps) / 2, ttfb: (bareFirst.ttfb + bareLast.ttfb) / 2 };
    const fmt = (n: number, digits = 0) => n.toFixed(digits);
    console.log(
      `${"page".padEnd(42)} ${"req/s".padStart(7)} ${"ratio".padStart(6)} ${"goal".padStart(7)}  ${"TTFB ms".padStart(8)} ${"ratio".padStart(6)} ${"goal".padStart(7)}  ${"KiB".padStart(5)}  cache  CSP`,
    );
    console.log(
      `${`${BARE.label} (${BARE.path})`.padEnd(42)} ${fmt(bare.rps).padStart(7)} ${"1.00".padStart(6)} ${"".padStart(7)}  ${fmt(bare.ttfb, 2).padStart(8)} ${"1.00".padStart(6)} ${"".padStart(7)}  ${fmt(bareFirst.answer.bytes / 1024, 1).padStart(5)}  (first ${fmt(bareFirst.rps)} req/s, last ${fmt(bareLast.rps)})`,
    );
    let met = true;
    for (const { label, path: pathname, reference, m } of rows) {
      const rpsRatio = m.rps / bare.rps;
      const ttfbRatio = m.ttfb / bare.ttfb;
      const rpsOk = rpsRatio >= RPS_GOAL;
      const ttfbOk = ttfbRatio <= TTFB_GOAL;
      if (!reference) met &&= rpsOk && ttfbOk;
      const goal = (ok: boolean, text: string) => (reference ? "" : `${ok ? "" : "NOT "}${text}`).padStart(7);
      console.log(
        `${`${label} (${pathname})`.padEnd(42)} ${fmt(m.rps).padStart(7)} ${rpsRatio.toFixed(2).padStart(6)} ${goal(rpsOk, "≥0.5")}  ${fmt(m.ttfb, 2).padStart(8)} ${ttfbRatio.toFixed(2).padStart(6)} ${goal(ttfbOk, "≤1.5")}  ${fmt(m.answer.bytes / 1024, 1).padStart(5)}  ${String(m.answer.headers["x-nextjs-cache"] ?? "-").padEnd(5)}  ${cspKind(m.answer.headers["content-security-policy"])}; ${String(m.answer.headers["cache-control"] ?? "")}`,
      );
    }
    console.log(`\nGoal 1 (every public page ≥ ${RPS_GOAL}× the bare page's requests/s and ≤ ${TTFB_GOAL}× its TTFB): ${met ? "met" : "NOT met"}`);
  } finally {
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
