import { describe, expect, it } from "vitest";
import { testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { appUrl, planningTime, useSweepFixture } from "./sweep-fixture";
import { seedRequest } from "./testing";

const url = testDatabaseUrl();
const sevenDaysBefore = new Date("2026-03-26T09:00:01Z");
const settings = { daysBefore: [7, 1], overdue: true, digest: false, timeZone: "Europe/London", quietFrom: 21, quietTo: 8, emailsOn: true };

describe.skipIf(!url)(`re-planning reminders on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { sweepReminders } = await import("./sweep");
  const { replanReminders, saveReminderPreferences, unsubscribeByToken } = await import("./mutations");
  const f = useSweepFixture(url!, replanReminders, { timeoutMs: 5_000 });
  const { db } = f;
  const sweep = (now: Date) => sweepReminders({ db, send: f.send, now: () => now, appUrl });
  const pending = () =>
    db.reminder.findMany({ where: { userId: f.userId, status: "pending" }, orderBy: { sendAt: "asc" }, select: { kind: true, dueDate: true, sendAt: true } });

  it("is idempotent", async () => {
    const before = await pending();
    expect(await replanReminders(f.userId, f.requestId, planningTime, db)).toEqual({ created: 0, updated: 0, revived: 0, cancelled: 0 });
    expect(await pending()).toEqual(before);
  });

  it("an extension cancels the pending reminders for the old date and plans the new ones", async () => {
    await db.request.update({ where: { id: f.requestId }, data: { dueDate: "2026-06-02", dueAt: new Date("2026-06-02T22:59:59.999Z") } });
    expect(await replanReminders(f.userId, f.requestId, planningTime, db)).toMatchObject({ created: 3, cancelled: 3 });
    expect((await pending()).map((row) => `${row.kind} ${row.dueDate}`)).toEqual(["before-7d 2026-06-02", "before-1d 2026-06-02", "overdue-1d 2026-06-02"]);
    expect(await sweep(sevenDaysBefore)).toMatchObject({ claimed: 0 });
    expect(await sweep(new Date("2026-05-26T08:00:01Z"))).toMatchObject({ sent: 1 });
    expect(f.smtp.messages.map((message) => message.subject)).toEqual(["Reminder: Netflix must answer by Tuesday, 2 June 2026"]);
  });

  it("completing, withdrawing or an answer cancels the pending reminders", async () => {
    await db.request.update({ where: { id: f.requestId }, data: { status: "completed", stage: 2 } });
    expect(await replanReminders(f.userId, f.requestId, planningTime, db)).toMatchObject({ cancelled: 3 });
    expect(await pending()).toEqual([]);
    expect(await sweep(sevenDaysBefore)).toMatchObject({ claimed: 0 });
    // Undone: the request is open again and its reminders come back.
    await db.request.update({ where: { id: f.requestId }, data: { status: "sent", stage: 0 } });
    expect(await replanReminders(f.userId, f.requestId, planningTime, db)).toMatchObject({ revived: 3 });
  });

  it("an answer recorded without a re-plan still stops the reminder at send time", async () => {
    await db.request.update({ where: { id: f.requestId }, data: { status: "answered", stage: 1 } });
    expect(await sweep(sevenDaysBefore)).toMatchObject({ claimed: 1, cancelled: 1, sent: 0 });
    expect(f.smtp.messages).toHaveLength(0);
  });

  it("a reminder that went stale without a re-plan is cancelled by the sweeper, not sent", async () => {
    await db.request.update({ where: { id: f.requestId }, data: { dueDate: "2026-06-02", dueAt: new Date("2026-06-02T22:59:59.999Z") } });
    expect(await sweep(sevenDaysBefore)).toMatchObject({ claimed: 1, cancelled: 1, sent: 0 });
    const row = await db.reminder.findFirstOrThrow({ where: { requestId: f.requestId, kind: "before-7d" } });
    expect(row).toMatchObject({ status: "cancelled", lastError: "Cancelled: the deadline changed" });
    expect(f.smtp.messages).toHaveLength(0);
  });

  it("a deleted request takes its reminders with it", async () => {
    await db.request.delete({ where: { id: f.requestId } });
    expect(await db.reminder.count()).toBe(0);
  });

  it("one-click unsubscribe cancels pending reminders; turning emails on again brings them back", async () => {
    await sweep(sevenDaysBefore);
    const token = f.smtp.messages[0]!.headers["list-unsubscribe"]!.match(/token=([\w-]+)/)![1]!;
    expect(await unsubscribeByToken("nonsense", planningTime, db)).toBe(false);
    expect(await unsubscribeByToken(token, sevenDaysBefore, db)).toBe(true);
    expect(await pending()).toEqual([]);
    expect(await sweep(new Date("2026-04-01T08:00:01Z"))).toMatchObject({ claimed: 0 });
    await saveReminderPreferences(f.userId, settings, sevenDaysBefore, db);
    expect((await pending()).map((row) => row.kind)).toEqual(["before-1d", "overdue-1d"]);
    expect(await db.reminder.count({ where: { userId: f.userId, kind: "before-7d", status: "sent" } })).toBe(1);
  });

  it("a weekly digest replaces single reminders and lists every request it covers", async () => {
    await seedRequest(db, f.userId, { serviceName: "Spotify", sentOn: "2026-03-01", dueDate: "2026-04-01", dueAt: new Date("2026-04-01T22:59:59.999Z") });
    await saveReminderPreferences(f.userId, { ...settings, digest: true }, planningTime, db);
    const rows = await pending();
    expect(rows.every((row) => row.kind === "digest")).toBe(true);
    // Mondays 09:00 London: 23 March (GMT) lists both as due within two weeks.
    expect(rows[0]!.sendAt.toISOString()).toBe("2026-03-23T09:00:00.000Z");
    expect(await sweep(new Date("2026-03-23T09:00:01Z"))).toMatchObject({ sent: 1 });
    const [digest] = f.smtp.messages;
    expect(digest!.subject).toBe("Your requests this week: 2 answers due soon");
    const spotify = digest!.text.indexOf("SPOTIFY: ANSWER DUE BY WEDNESDAY, 1 APRIL 2026");
    expect(spotify).toBeGreaterThan(0);
    expect(digest!.text.indexOf("NETFLIX: ANSWER DUE BY THURSDAY, 2 APRIL 2026")).toBeGreaterThan(spotify);
    // The next Monday lists both again; the one after, both as overdue.
    expect(rows.map((row) => row.sendAt.toISOString())).toEqual(["2026-03-23T09:00:00.000Z", "2026-03-30T08:00:00.000Z", "2026-04-06T08:00:00.000Z"]);
  });

  it("does not send at night: a late sweep moves the reminder to the end of the quiet hours", async () => {
    const night = new Date("2026-03-26T22:30:00Z");
    expect(await sweep(night)).toMatchObject({ claimed: 1, deferred: 1 });
    const row = await db.reminder.findFirstOrThrow({ where: { requestId: f.requestId, kind: "before-7d" } });
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    expect(row.sendAt.toISOString()).toBe("2026-03-27T08:00:00.000Z");
    expect(await replanReminders(f.userId, f.requestId, night, db)).toMatchObject({ updated: 0 });
    expect(await sweep(new Date("2026-03-27T08:00:01Z"))).toMatchObject({ sent: 1 });
  });
});
