import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { applyMigrations } from "./migrations";
import { startPgliteServer, socketUrl, type PgliteServer } from "./pglite-server";
import { log } from "@/lib/log";

// A PGlite data folder has one owner process. The first process that needs the database becomes
// the owner and serves it on a socket at a fixed path inside the folder; every other process
// (a second `next dev`, `npm run reminders`) connects to that socket, and takes over if the owner
// goes away. `next build` never opens the database.
export type OwnerRecord = { pid: number; startedAt: string; ready: boolean };

export function embeddedPaths(dataDir: string) {
  const runDir = path.join(dataDir, "run");
  return { pgdata: path.join(dataDir, "pglite"), runDir, ownerFile: path.join(runDir, "owner.json") };
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): OwnerRecord | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as OwnerRecord;
  } catch {
    return null;
  }
}

function canConnect(socketDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(path.join(socketDir, ".s.PGSQL.5432"));
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function tryClaim(ownerFile: string): number | null {
  try {
    return openSync(ownerFile, "wx", 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  }
}

let owned: PgliteServer | null = null;

async function becomeOwner(fd: number, dataDir: string): Promise<string> {
  const paths = embeddedPaths(dataDir);
  const record: OwnerRecord = { pid: process.pid, startedAt: new Date().toISOString(), ready: false };
  writeSync(fd, JSON.stringify(record));
  closeSync(fd);
  owned = await startPgliteServer({ dataPath: paths.pgdata, socketDir: paths.runDir });
  const applied = await applyMigrations(owned.url);
  if (applied.length) log.info({ scope: "db", migrations: applied }, "applied migrations");
  writeFileSync(paths.ownerFile, JSON.stringify({ ...record, ready: true }));
  const release = () => releaseOwnership(dataDir);
  process.once("exit", () => {
    try {
      renameSync(paths.ownerFile, `${paths.ownerFile}.released`);
    } catch {}
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void release().finally(() => process.exit(0)));
  }
  return owned.url;
}

export async function releaseOwnership(dataDir: string): Promise<void> {
  const server = owned;
  owned = null;
  if (!server) return;
  await server.stop();
  const { ownerFile } = embeddedPaths(dataDir);
  if (readOwner(ownerFile)?.pid === process.pid) {
    try {
      renameSync(ownerFile, `${ownerFile}.released`);
    } catch {}
  }
}

export function ownsEmbeddedDatabase(): boolean {
  return owned !== null;
}

/** Returns a connection URL for the data folder's database, starting it here if nobody serves it. */
export async function ensureEmbeddedDatabase(dataDir: string, waitMs = 120_000): Promise<string> {
  const paths = embeddedPaths(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  mkdirSync(paths.runDir, { recursive: true, mode: 0o700 });
  if (owned) return owned.url;
  const deadline = Date.now() + waitMs;
  for (;;) {
    const fd = tryClaim(paths.ownerFile);
    if (fd !== null) return becomeOwner(fd, dataDir);
    const owner = readOwner(paths.ownerFile);
    if (owner && !isProcessAlive(owner.pid)) {
      // The owner died without cleaning up; move its record aside so exactly one of us claims it.
      try {
        renameSync(paths.ownerFile, `${paths.ownerFile}.stale-${owner.pid}`);
      } catch {}
      continue;
    }
    if (owner?.ready && (await canConnect(paths.runDir))) return socketUrl(paths.runDir);
    if (Date.now() > deadline) {
      throw new Error(
        `The embedded database in ${dataDir} is held by process ${owner?.pid ?? "?"} and did not become ready. ` +
          `Stop that process, or remove ${paths.ownerFile} if no such process runs.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Cheap check that whoever serves the folder is still there. */
export function embeddedOwnerAlive(dataDir: string): boolean {
  if (owned) return true;
  const owner = readOwner(embeddedPaths(dataDir).ownerFile);
  return owner !== null && isProcessAlive(owner.pid);
}
