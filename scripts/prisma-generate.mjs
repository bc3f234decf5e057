// Runs `prisma generate` without the native schema engine: generate never executes it, but the CLI
// tries to download one from a host that offline and air-gapped machines cannot reach.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
if (result.status !== 0) {
  console.error("prisma generate failed: see the message above. The schema is prisma/schema.prisma.");
  process.exit(result.status ?? 1);
}
