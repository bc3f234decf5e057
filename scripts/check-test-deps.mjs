// Before the tests: the system programs they drive. On a fresh Debian machine, as root, install
// them; elsewhere, say exactly what is missing and how to get it.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasPostgres = () =>
  Boolean(process.env.PG_BIN) ||
  (existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)));

const missing = [];
if (!existsSync(chromium)) missing.push("chromium");
if (!hasPostgres()) missing.push("postgresql");
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0;
if (!canApt) {
  console.error(`The tests need: ${missing.join(", ")}. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`);
  console.error("Or point CHROMIUM_PATH at a Chromium binary and PG_BIN at PostgreSQL's bin folder.");
  process.exit(1);
}
console.log(`Installing ${missing.join(", ")} with apt-get (needed by the e2e and PostgreSQL tests)…`);
execFileSync("apt-get", ["update"], { stdio: "inherit" });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
