// Lighthouse accessibility and performance for the home page, the services and the wizard's first
// step, on desktop and mobile (issue 16 asks: accessibility 100, performance >= 95 desktop, >= 90
// mobile). It starts the production build the way the e2e suite does (e2e/support/serve.ts: its own
// database, a real SMTP server), signs in through the real email link, and prints one line per page.
//
//   npm run build && npm run bench:lighthouse-ux [-- --port 3400]
//
// Scores move with the machine: on a shared 2-core box, mobile performance (4x CPU slowdown) is
// the noisy one. The exit code is 1 when a score is under its target.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3400" }, chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" } },
});
const port = Number(values.port);
const base = `http://localhost:${port}`;
const mailbox = `http://127.0.0.1:${port + 2}`;

const server = spawn(
  process.execPath,
  ["node_modules/.bin/tsx", "e2e/support/serve.ts", "--port", String(port), "--smtp-port", String(port + 1), "--mailbox-port", String(port + 2)],
  { stdio: ["ignore", "ignore", "inherit"] },
);
const stopServer = () => server.kill("SIGTERM");
process.on("exit", stopServer);

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start within 2 minutes");
}

/** Chromium with its DevTools port open for Lighthouse (launched here: lighthouse's own launcher is not a dependency of ours). */
async function launchChromium(debugPort: number) {
  const profile = mkdtempSync(path.join(tmpdir(), "lighthouse-ux-"));
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
    `--remote-debugging-port=${debugPort}`,
    `--user-data-dir=${profile}`,
    "about:blank",
  ];
  const child = spawn(values.chromium, args, { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${debugPort}/json/version`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const kill = async () => {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  return { port: debugPort, kill };
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");

/** The real email sign-in: csrf token, the form post, the link from the mailbox; returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ email, csrfToken, callbackUrl: `${base}/requests/new`, json: "true" });
  await fetch(`${base}/api/auth/signin/email`, {
    method: "POST",
    body,
    headers: { Cookie: cookiesOf(csrf), "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  for (let i = 0; i < 40; i++) {
    const messages = (await (await fetch(`${mailbox}/messages?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
    const link = messages.at(-1)?.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
    if (link) {
      const res = await fetch(link, { redirect: "manual", headers: { Cookie: cookiesOf(csrf) } });
      const session = cookiesOf(res);
      if (!session.includes("session-token")) throw new Error("the sign-in link gave no session");
      return session;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("no sign-in mail arrived");
}

const PAGES = [
  { name: "home", path: "/" },
  { name: "services", path: "/services" },
  { name: "wizard, first step", path: "/requests/new", signedIn: true },
];
const TARGETS = { desktop: { accessibility: 100, performance: 95 }, mobile: { accessibility: 100, performance: 90 } };

let failed = false;
try {
  await waitForHealth();
  const cookie = await signIn(`lighthouse-${Date.now().toString(36)}@example.org`);
  const chrome = await launchChromium(port + 3);
  try {
    console.log(`${"page".padEnd(22)}${"device".padEnd(9)}accessibility  performance`);
    for (const page of PAGES) {
      for (const device of ["desktop", "mobile"] as const) {
        // A warm-up load first, so the first measured page does not pay for the server's first compile of a route.
        await fetch(`${base}${page.path}`, page.signedIn ? { headers: { Cookie: cookie } } : {});
        const flags = {
          port: chrome.port,
          output: "json" as const,
          logLevel: "error" as const,
          onlyCategories: ["accessibility", "performance"],
          ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        };
        const result = await lighthouse(`${base}${page.path}`, flags, device === "desktop" ? desktopConfig : undefined);
        const categories = result?.lhr.categories ?? {};
        const score = (id: "accessibility" | "performance") => Math.round((categories[id]?.score ?? 0) * 100);
        const a11y = score("accessibility");
        const perf = score("performance");
        const ok = a11y >= TARGETS[device].accessibility && perf >= TARGETS[device].performance;
        if (!ok) failed = true;
        console.log(`${page.name.padEnd(22)}${device.padEnd(9)}${String(a11y).padStart(13)}  ${String(perf).padStart(11)}${ok ? "" : "  (under target)"}`);
        if (result?.lhr.runtimeError) console.log(`    Lighthouse could not measure: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
        for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]) {
          const audit = result?.lhr.audits[id];
          if (perf < TARGETS[device].performance && audit)
            console.log(`    ${audit.title}: ${audit.displayValue ?? "-"} (score ${Math.round((audit.score ?? 0) * 100)})`);
        }
        if (a11y < 100) {
          for (const audit of Object.values(result?.lhr.audits ?? {}))
            if (audit.score === 0 && categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id))
              console.log(`    failing: ${audit.id}: ${audit.title}`);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
