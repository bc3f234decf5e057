import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// With no SMTP server, mail lands here: one .eml (the exact message) and one .json (for the
// development outbox page) per message, so a new user can still sign in. Sign-in mail holds a
// working link, so the outbox keeps mail for a bounded time and forgets a deleted account's mail.
export type OutboxEntry = { id: string; to: string; subject: string; date: string; text: string };

export const OUTBOX_KEEP_DAYS = 7;
export const OUTBOX_MAX_ENTRIES = 1_000;

export function outboxDir(dataDir: string): string {
  return path.join(dataDir, "outbox");
}

export function writeOutboxEntry(dataDir: string, entry: Omit<OutboxEntry, "id">, raw: Buffer): OutboxEntry {
  const dir = outboxDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = `${entry.date.replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}`;
  writeFileSync(path.join(dir, `${id}.eml`), raw, { mode: 0o600 });
  const saved = { id, ...entry };
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(saved, null, 2), { mode: 0o600 });
  pruneOutbox(dataDir, new Date(entry.date));
  return saved;
}

function entryIds(dataDir: string): string[] {
  try {
    return readdirSync(outboxDir(dataDir))
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .sort();
  } catch {
    return [];
  }
}

function removeEntry(dataDir: string, id: string): void {
  for (const ext of [".eml", ".json"]) rmSync(path.join(outboxDir(dataDir), `${id}${ext}`), { force: true });
}

// Ids start with the ISO time the mail was written ("2026-12-02T05-10-00-000Z-x1y2z3").
function writtenAt(id: string): number {
  const iso = id.slice(0, 24).replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, "$1:$2:$3.$4Z");
  return Date.parse(iso);
}

/** Drops mail older than OUTBOX_KEEP_DAYS and the oldest beyond OUTBOX_MAX_ENTRIES. */
export function pruneOutbox(dataDir: string, now: Date): number {
  const ids = entryIds(dataDir);
  const cutoff = now.getTime() - OUTBOX_KEEP_DAYS * 24 * 60 * 60 * 1000;
  const excess = Math.max(0, ids.length - OUTBOX_MAX_ENTRIES);
  const stale = ids.filter((id, index) => index < excess || !(writtenAt(id) >= cutoff));
  for (const id of stale) removeEntry(dataDir, id);
  return stale.length;
}

/** Removes every message to `email`: part of deleting an account. */
export function deleteOutboxFor(dataDir: string, email: string): number {
  const wanted = email.toLowerCase();
  let removed = 0;
  for (const id of entryIds(dataDir)) {
    const entry = readEntry(dataDir, id);
    if (!entry || entry.to.toLowerCase() === wanted) {
      removeEntry(dataDir, id);
      removed++;
    }
  }
  return removed;
}

function readEntry(dataDir: string, id: string): OutboxEntry | null {
  try {
    return JSON.parse(readFileSync(path.join(outboxDir(dataDir), `${id}.json`), "utf8")) as OutboxEntry;
  } catch {
    return null;
  }
}

/** Newest first; unreadable files are skipped rather than breaking the page. */
export function listOutbox(dataDir: string, limit = 50): OutboxEntry[] {
  return entryIds(dataDir)
    .reverse()
    .slice(0, limit)
    .flatMap((id) => readEntry(dataDir, id) ?? []);
}
