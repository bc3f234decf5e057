import { describe, expect, it } from "vitest";
import { digestCovers, isOpenForReminders, planReminders, type PlanPreferences, type PlanRequest } from "./plan";

const defaults: PlanPreferences = { timeZone: null, daysBefore: [7, 1], overdue: true, digest: false, quietFrom: 21, quietTo: 8, unsubscribed: false };
const uk: PlanRequest = { id: "r1", regime: "uk-gdpr", dueDate: "2026-04-02", dueAt: new Date("2026-04-02T22:59:59.999Z") };
const ca: PlanRequest = { id: "r2", regime: "ccpa", dueDate: "2026-04-16", dueAt: new Date("2026-04-17T06:59:59.999Z") };
const early = new Date("2026-03-01T00:00:00Z");
const times = (plan: ReturnType<typeof planReminders>) => plan.map((r) => `${r.kind} ${r.sendAt.toISOString()}`);

describe("planReminders", () => {
  it("plans 7 days and 1 day before at 09:00 where the user lives, and the day after the deadline", () => {
    expect(times(planReminders("u", [uk], defaults, early))).toEqual([
      "before-7d 2026-03-26T09:00:00.000Z",
      "before-1d 2026-04-01T08:00:00.000Z",
      "overdue-1d 2026-04-03T08:00:00.000Z",
    ]);
    expect(times(planReminders("u", [ca], defaults, early))).toEqual([
      "before-7d 2026-04-09T16:00:00.000Z",
      "before-1d 2026-04-15T16:00:00.000Z",
      "overdue-1d 2026-04-17T16:00:00.000Z",
    ]);
  });

  it("keys reminders by request, kind and deadline so a new deadline gives new reminders", () => {
    const [first] = planReminders("u", [uk], defaults, early);
    expect(first!.dedupeKey).toBe("r1:before-7d:2026-04-02");
    const [moved] = planReminders("u", [{ ...uk, dueDate: "2026-06-02", dueAt: new Date("2026-06-02T22:59:59.999Z") }], defaults, early);
    expect(moved!.dedupeKey).toBe("r1:before-7d:2026-06-02");
  });

  it("uses the user's zone once chosen: the overdue reminder comes the day after the deadline there", () => {
    const tokyo = { ...defaults, timeZone: "Asia/Tokyo" };
    // The deadline ends 07:59 on 3 April in Tokyo, so the day after is 4 April.
    expect(times(planReminders("u", [uk], tokyo, early))).toEqual([
      "before-7d 2026-03-26T00:00:00.000Z",
      "before-1d 2026-04-01T00:00:00.000Z",
      "overdue-1d 2026-04-04T00:00:00.000Z",
    ]);
  });

  it("moves reminders out of quiet hours", () => {
    const lateRiser = { ...defaults, quietFrom: 22, quietTo: 11 };
    expect(times(planReminders("u", [uk], lateRiser, early))[0]).toBe("before-7d 2026-03-26T11:00:00.000Z");
  });

  it("drops reminders whose moment has been overtaken by the next one or by the deadline", () => {
    const afterSeven = new Date("2026-04-01T08:00:00Z");
    expect(planReminders("u", [uk], defaults, afterSeven).map((r) => r.kind)).toEqual(["before-1d", "overdue-1d"]);
    const wellAfter = new Date("2026-04-11T00:00:00Z");
    expect(planReminders("u", [uk], defaults, wellAfter)).toEqual([]);
  });

  it("keeps a reminder that is due but not yet sent until it expires", () => {
    const justLate = new Date("2026-03-26T10:00:00Z");
    const [first] = planReminders("u", [uk], defaults, justLate);
    expect(first).toMatchObject({ kind: "before-7d", sendAt: new Date("2026-03-26T09:00:00Z"), expiresAt: new Date("2026-04-01T08:00:00Z") });
  });

  it("follows the chosen days and the overdue switch", () => {
    const plan = planReminders("u", [uk], { ...defaults, daysBefore: [14, 3], overdue: false }, early);
    expect(plan.map((r) => r.kind)).toEqual(["before-14d", "before-3d"]);
  });

  it("plans nothing for an unsubscribed user, or a request nobody waits on (answered, refused, done, withdrawn)", () => {
    expect(planReminders("u", [uk], { ...defaults, unsubscribed: true }, early)).toEqual([]);
    for (const status of ["answered", "refused", "complaint-filed", "completed", "withdrawn"]) {
      expect(planReminders("u", [{ ...uk, status }], defaults, early)).toEqual([]);
    }
    expect(planReminders("u", [{ ...uk, status: "something-new", stage: 1 }], defaults, early)).toEqual([]);
    for (const status of ["sent", "acknowledged", "awaiting-you", "extended", "partial", "appealed", "follow-up-sent"]) {
      expect(isOpenForReminders({ status, stage: 0 })).toBe(true);
    }
    expect(isOpenForReminders({ status: null })).toBe(true);
  });

  it("groups requests into Monday digests: due within two weeks, or overdue within the last one", () => {
    const plan = planReminders("u", [uk, ca], { ...defaults, digest: true }, early);
    expect(plan.every((r) => r.kind === "digest" && r.requestId === null)).toBe(true);
    expect(plan.map((r) => [r.dedupeKey, r.sendAt.toISOString(), r.requestIds.join(",")])).toEqual([
      ["digest:u:2026-03-23", "2026-03-23T09:00:00.000Z", "r1"],
      ["digest:u:2026-03-30", "2026-03-30T08:00:00.000Z", "r1"],
      ["digest:u:2026-04-06", "2026-04-06T08:00:00.000Z", "r1,r2"],
      ["digest:u:2026-04-13", "2026-04-13T08:00:00.000Z", "r2"],
      ["digest:u:2026-04-20", "2026-04-20T08:00:00.000Z", "r2"],
    ]);
  });

  it("a digest covers each deadline in exactly the windows it promises", () => {
    const due = new Date("2026-04-02T22:59:59.999Z");
    const day = 86_400_000;
    expect(digestCovers(new Date(due.getTime() - 14 * day), due, true)).toBe(true);
    expect(digestCovers(new Date(due.getTime() - 14 * day - 1), due, true)).toBe(false);
    expect(digestCovers(new Date(due.getTime() + 7 * day - 1), due, true)).toBe(true);
    expect(digestCovers(new Date(due.getTime() + 7 * day), due, true)).toBe(false);
    expect(digestCovers(new Date(due.getTime() + day), due, false)).toBe(false);
  });
});
