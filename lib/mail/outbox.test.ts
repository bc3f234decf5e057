import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deleteOutboxFor, listOutbox, OUTBOX_KEEP_DAYS, outboxDir, pruneOutbox, writeOutboxEntry } from "./outbox";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outbox-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const write = (dir: string, to: string, date: string) => writeOutboxEntry(dir, { to, subject: "Sign in", date, text: "link" }, Buffer.from("raw"));

describe("the local outbox", () => {
  it("keeps mail for a bounded time", () => {
    const dir = tempDir();
    write(dir, "old@example.org", "2026-11-01T10:00:00.000Z");
    const recent = write(dir, "new@example.org", "2026-11-30T10:00:00.000Z");
    // Writing prunes too: the month-old message went when the new one came.
    expect(listOutbox(dir).map((e) => e.id)).toEqual([recent.id]);
    const lastDayKept = new Date(Date.parse("2026-11-30T10:00:00.000Z") + OUTBOX_KEEP_DAYS * 24 * 60 * 60 * 1000);
    expect(pruneOutbox(dir, lastDayKept)).toBe(0);
    expect(pruneOutbox(dir, new Date("2026-12-31T00:00:00.000Z"))).toBe(1);
    expect(readdirSync(outboxDir(dir))).toEqual([]);
  });

  it("forgets a deleted account's mail, .eml and .json, and nobody else's", () => {
    const dir = tempDir();
    const gone = write(dir, "Gone@Example.org", "2026-12-01T10:00:00.000Z");
    const kept = write(dir, "kept@example.org", "2026-12-01T10:00:01.000Z");
    expect(deleteOutboxFor(dir, "gone@example.org")).toBe(1);
    expect(existsSync(path.join(outboxDir(dir), `${gone.id}.eml`))).toBe(false);
    expect(listOutbox(dir).map((e) => e.id)).toEqual([kept.id]);
  });
});
