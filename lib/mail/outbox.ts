import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// With no SMTP server, mail lands here: one .eml (the exact message) and one .json (for the
// development outbox page) per message, so a new user can still sign in.
export type OutboxEntry = { id: string; to: string; subject: string; date: string; text: string };

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
  return saved;
}

/** Newest first; unreadable files are skipped rather than breaking the page. */
export function listOutbox(dataDir: string, limit = 50): OutboxEntry[] {
  const dir = outboxDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const entries: OutboxEntry[] = [];
  for (const name of names.sort().reverse().slice(0, limit)) {
    try {
      entries.push(JSON.parse(readFileSync(path.join(dir, name), "utf8")) as OutboxEntry);
    } catch {
      continue;
    }
  }
  return entries;
}
