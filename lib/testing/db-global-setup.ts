import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { startPgliteServer } from "@/lib/db/pglite-server";
import { findPostgresBin, startPostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

// Starts the database the project asks for (TEST_DB), applies the real migrations, and hands the
// URL to the test files. PostgreSQL is skipped only outside CI when it is not installed.
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB ?? "pglite";
  if (kind === "postgres") {
    const bin = findPostgresBin();
    if (!bin) {
      if (process.env.CI) throw new Error("PostgreSQL is not installed: `apt-get install -y postgresql` (CI must run these tests).");
      console.warn("[db-postgres] PostgreSQL not installed here: skipping the PostgreSQL run (CI installs it).");
      project.provide("databaseUrl", null);
      return;
    }
    const cluster = await startPostgresCluster(bin);
    await applyMigrations(cluster.url);
    project.provide("databaseUrl", cluster.url);
    return () => cluster.stop();
  }
  const socketDir = mkdtempSync(path.join(os.tmpdir(), "rightsdesk-pglite-"));
  const server = await startPgliteServer({ dataPath: "memory://", socketDir });
  await applyMigrations(server.url);
  project.provide("databaseUrl", server.url);
  return async () => {
    await server.stop();
    rmSync(socketDir, { recursive: true, force: true });
  };
}
