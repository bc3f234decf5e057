import { describe, expect, it } from "vitest";
import type { PlannedReminder } from "./plan";
import { reconcileReminders, type StoredReminder } from "./reconcile";

const now = new Date("2026-03-26T12:00:00Z");
const plan = (key: string, sendAt: string, expiresAt = "2026-04-02T00:00:00Z"): PlannedReminder => ({
  dedupeKey: key,
  kind: "before-7d",
  requestId: "r",
  requestIds: ["r"],
  dueDate: "2026-04-02",
  sendAt: new Date(sendAt),
  expiresAt: new Date(expiresAt),
});
const row = (key: string, status: string, sendAt: string, expiresAt = "2026-04-02T00:00:00Z"): StoredReminder => ({
  id: `id-${key}`,
  dedupeKey: key,
  status,
  sendAt: new Date(sendAt),
  expiresAt: new Date(expiresAt),
  requestIds: ["r"],
});

describe("reconcileReminders", () => {
  it("creates what is missing and cancels pending reminders nobody wants any more", () => {
    const result = reconcileReminders([row("old", "pending", "2026-03-30T09:00:00Z")], [plan("new", "2026-03-30T09:00:00Z")], now);
    expect(result.create.map((p) => p.dedupeKey)).toEqual(["new"]);
    expect(result.cancel).toEqual(["id-old"]);
  });

  it("never touches a sent, sending or failed reminder, and never plans it again", () => {
    const stored = ["sent", "sending", "failed"].map((status) => row(status, status, "2026-03-26T09:00:00Z"));
    const result = reconcileReminders(
      stored,
      ["sent", "sending", "failed"].map((key) => plan(key, "2026-03-27T09:00:00Z")),
      now,
    );
    expect(result).toEqual({ create: [], update: [], revive: [], cancel: [] });
    expect(reconcileReminders(stored, [], now).cancel).toEqual([]);
  });

  it("brings back a cancelled reminder that is wanted again", () => {
    const result = reconcileReminders([row("k", "cancelled", "2026-03-30T09:00:00Z")], [plan("k", "2026-03-30T09:00:00Z")], now);
    expect(result.revive).toEqual([{ id: "id-k", sendAt: new Date("2026-03-30T09:00:00Z"), expiresAt: new Date("2026-04-02T00:00:00Z"), requestIds: ["r"] }]);
  });

  it("moves a pending reminder to a new future time, and leaves an unchanged one alone", () => {
    const stored = [row("a", "pending", "2026-03-30T09:00:00Z"), row("b", "pending", "2026-03-31T09:00:00Z")];
    const result = reconcileReminders(stored, [plan("a", "2026-03-30T08:00:00Z"), plan("b", "2026-03-31T09:00:00Z")], now);
    expect(result.update.map((u) => [u.id, u.sendAt.toISOString()])).toEqual([["id-a", "2026-03-30T08:00:00.000Z"]]);
  });

  it("keeps the time of a due reminder that was moved out of the night, while it is still useful", () => {
    const deferred = row("a", "pending", "2026-03-27T08:00:00Z");
    expect(reconcileReminders([deferred], [plan("a", "2026-03-26T09:00:00Z")], now).update).toEqual([]);
    const tooLate = row("a", "pending", "2026-04-03T08:00:00Z");
    expect(reconcileReminders([tooLate], [plan("a", "2026-03-26T09:00:00Z")], now).update[0]!.sendAt.toISOString()).toBe("2026-03-26T09:00:00.000Z");
  });

  it("updates the requests a digest covers", () => {
    const digest = { ...plan("d", "2026-03-30T09:00:00Z"), requestIds: ["r", "s"] };
    expect(reconcileReminders([row("d", "pending", "2026-03-30T09:00:00Z")], [digest], now).update[0]!.requestIds).toEqual(["r", "s"]);
  });
});
