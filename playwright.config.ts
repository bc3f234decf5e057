import { defineConfig, devices } from "@playwright/test";

// E2E against the production build in Debian's Chromium (Playwright cannot download browsers
// here). Two servers: the embedded database, and a throwaway PostgreSQL cluster.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath: chromium,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
};

function server(name: string, port: number, smtpPort: number, mailboxPort: number, postgres: boolean) {
  return {
    name,
    command: `npx tsx e2e/support/serve.ts --port ${port} --smtp-port ${smtpPort} --mailbox-port ${mailboxPort}${postgres ? " --postgres" : ""}`,
    url: `http://localhost:${port}/api/health`,
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
    { name: "embedded", use: { baseURL: "http://localhost:3100", mailboxUrl: "http://127.0.0.1:2526" } },
    { name: "postgres", testMatch: /auth\.spec\.ts/, use: { baseURL: "http://localhost:3101", mailboxUrl: "http://127.0.0.1:2528" } },
  ],
  webServer: [server("embedded", 3100, 2525, 2526, false), server("postgres", 3101, 2527, 2528, true)],
});
