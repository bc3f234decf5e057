// `npm test`: every stage in order, stopping at the first failure, with the time each took.
import { spawnSync } from "node:child_process";

const stages = [
  ["system programs", "node", ["scripts/check-test-deps.mjs"]],
  ["type-check", "npm", ["run", "--silent", "typecheck"]],
  ["lint (types, hooks, Next.js, boundaries, unsafe patterns)", "npm", ["run", "--silent", "lint"]],
  ["format check (Prettier)", "npm", ["run", "--silent", "format:check"]],
  ["unused files, exports, dependencies (knip)", "npm", ["run", "--silent", "knip"]],
  ["dependency check", "npm", ["run", "--silent", "audit:deps"]],
  ["unit tests", "npm", ["run", "--silent", "test:unit"]],
  ["database tests (PGlite, PostgreSQL)", "npm", ["run", "--silent", "test:db"]],
  ["production build", "npm", ["run", "--silent", "build"]],
  ["first-load JavaScript budgets", "npx", ["tsx", "scripts/page-weights.ts", "--check"]],
  ["end-to-end tests (Chromium)", "npm", ["run", "--silent", "test:e2e"]],
];

const times = [];
for (const [name, cmd, args] of stages) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  times.push(`${name.padEnd(60)} ${seconds.padStart(7)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    console.log(times.join("\n"));
    process.exit(result.status ?? 1);
  }
}
console.log(`\nAll stages passed:\n${times.join("\n")}`);
