import { defineConfig, devices } from "@playwright/test";

// E2E against the production build in Debian's Chromium (Playwright cannot download browsers
// here). Two servers: the embedded database, and a throwaway PostgreSQL cluster.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath: chromium,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
};

// E2E_PORT_OFFSET moves every port, so two checkouts on one machine can run their suites at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const at = (port: number) => port + offset;

function server(name: string, port: number, smtpPort: number, mailboxPort: number, postgres: boolean, flags = "") {
  return {
    name,
    command: `npx tsx e2e/support/serve.ts --port ${at(port)} --smtp-port ${at(smtpPort)} --mailbox-port ${at(mailboxPort)}${postgres ? " --postgres" : ""}${flags}`,
    url: `http://localhost:${at(port)}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig<{ mailboxUrl: string }>({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: { ...devices["Desktop Chrome"], launchOptions, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "embedded", testIgnore: /hardening\.spec\.ts/, use: { baseURL: `http://localhost:${at(3100)}`, mailboxUrl: `http://127.0.0.1:${at(2526)}` } },
    { name: "postgres", testMatch: /auth\.spec\.ts/, use: { baseURL: `http://localhost:${at(3101)}`, mailboxUrl: `http://127.0.0.1:${at(2528)}` } },
    // No proxy trusted: the attacks an outsider makes on the sign-in limits, the fuzz suite and the stall test.
    { name: "hardening", testMatch: /hardening\.spec\.ts/, use: { baseURL: `http://localhost:${at(3102)}`, mailboxUrl: `http://127.0.0.1:${at(2530)}` } },
  ],
  webServer: [
    server("embedded", 3100, 2525, 2526, false, ` --inbound-smtp-port ${at(2591)}`),
    server("postgres", 3101, 2527, 2528, true),
    server("hardening", 3102, 2529, 2530, false, " --no-trust-proxy"),
  ],
});
