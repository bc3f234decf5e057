import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedOwnerAlive, ensureEmbeddedDatabase, ownsEmbeddedDatabase, releaseOwnership } from "./embedded";

// Two processes on one data folder: the second shares the first's database, and takes over when
// the first goes away. Storage-level, so it runs once (in the PGlite project).
const dataDir = mkdtempSync(path.join(os.tmpdir(), "rightsdesk-owner-"));
const ownerScript = `
  import { ensureEmbeddedDatabase } from "./lib/db/embedded.ts";
  const url = await ensureEmbeddedDatabase(process.argv[1]);
  console.log("READY " + url);
  setInterval(() => {}, 1000);
`;

function startOwner(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", ownerScript, dataDir], {
      cwd: process.cwd(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      const match = chunk.toString().match(/READY (\S+)/);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once("exit", (code) => reject(new Error(`owner exited with ${code}`)));
  });
}

async function query(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(process.env.TEST_DB !== "pglite")("one owner per embedded data folder", () => {
  afterAll(async () => {
    await releaseOwnership(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("a second process uses the owner's database, then takes over when the owner stops", async () => {
    const owner = await startOwner();
    const url = await ensureEmbeddedDatabase(dataDir);
    expect(ownsEmbeddedDatabase()).toBe(false);
    expect(url).toBe(owner.url);
    await query(url, `INSERT INTO "User" (id, email) VALUES ('u1', 'shared@example.org')`);

    owner.child.kill("SIGTERM");
    await new Promise((resolve) => owner.child.once("exit", resolve));
    expect(embeddedOwnerAlive(dataDir)).toBe(false);

    const again = await ensureEmbeddedDatabase(dataDir);
    expect(ownsEmbeddedDatabase()).toBe(true);
    expect(again).toBe(url);
    const rows = await query(again, `SELECT email FROM "User" WHERE id = 'u1'`);
    expect(rows).toEqual([{ email: "shared@example.org" }]);
  }, 120_000);
});
