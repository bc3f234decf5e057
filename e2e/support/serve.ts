// The e2e web server: a real SMTP server, optionally a throwaway PostgreSQL cluster, and the
// production build (`next start`) pointed at them. Playwright starts one per project.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { socketUrl } from "../../lib/db/pglite-server";
import { embeddedPaths } from "../../lib/db/embedded";
import { findPostgresBin, startPostgresCluster, type Cluster } from "../../lib/testing/postgres-cluster";
import { startMailbox } from "./mailbox";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "smtp-port": { type: "string" },
    "mailbox-port": { type: "string" },
    postgres: { type: "boolean", default: false },
    // The hardening server trusts no proxy: clients are told apart by their TCP address.
    "no-trust-proxy": { type: "boolean", default: false },
    // Replies by mail (lib/mail/inbound.ts) on this loopback port, for r-<token>@replies.rightsdesk.test.
    "inbound-smtp-port": { type: "string" },
  },
});
const port = Number(values.port);
const dataDir = path.resolve(".e2e-data", values.postgres ? "postgres" : values["no-trust-proxy"] ? "hardening" : "embedded");

async function main() {
  rmSync(dataDir, { recursive: true, force: true });
  let cluster: Cluster | null = null;
  if (values.postgres) {
    const bin = findPostgresBin();
    if (!bin) throw new Error("PostgreSQL is not installed: `apt-get install -y postgresql`.");
    cluster = await startPostgresCluster(bin);
  }
  const databaseUrl = cluster?.url ?? socketUrl(embeddedPaths(dataDir).runDir);
  const mailbox = await startMailbox({
    smtpPort: Number(values["smtp-port"]),
    httpPort: Number(values["mailbox-port"]),
    info: { databaseUrl },
  });
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      DATABASE_URL: cluster?.url ?? "",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      // The fastest the app allows: a reminder made due by a test goes out within seconds.
      REMINDERS_INTERVAL_SECONDS: "10",
      APP_URL: `http://localhost:${port}`,
      SMTP_URL: `smtp://127.0.0.1:${values["smtp-port"]}`,
      MAIL_FROM: "RightsDesk <no-reply@rightsdesk.test>",
      // Each test sends its own X-Forwarded-For, so per-client sign-in limits stay per test.
      TRUST_PROXY: values["no-trust-proxy"] ? "false" : "true",
      // Test-only: the one loopback port custom-services.spec.ts serves policies from (app port + 90).
      RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT: String(port + 90),
      ...(values["inbound-smtp-port"]
        ? {
            INBOUND_SMTP_PORT: values["inbound-smtp-port"],
            INBOUND_SMTP_HOST: "127.0.0.1",
            INBOUND_DOMAIN: "replies.rightsdesk.test",
            REPLY_MAX_MESSAGE_MB: "4",
            REPLY_MAX_ATTACHMENT_MB: "2",
          }
        : {}),
    },
  });
  const stop = async () => {
    child.kill("SIGTERM");
    await mailbox.stop().catch(() => {});
    cluster?.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  child.on("exit", (code) => {
    cluster?.stop();
    process.exit(code ?? 1);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
