import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { appUrl, planningTime, rawSender, useSweepFixture } from "./sweep-fixture";
import { seedRequest } from "./testing";

const url = testDatabaseUrl();
// The seeded request is due Thursday 2 April 2026 (London), planned on 20 March: 26 March 09:00
// GMT, 1 April 09:00 BST (08:00Z) and, overdue, 3 April 09:00 BST.
const sevenDaysBefore = new Date("2026-03-26T09:00:00Z");
const overdueDay = new Date("2026-04-03T08:00:00Z");
const at = (base: Date, seconds: number) => () => new Date(base.getTime() + seconds * 1000);

describe.skipIf(!url)(`reminder delivery on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { sweepReminders } = await import("./sweep");
  const { claimDueReminders, replanReminders } = await import("./mutations");
  const f = useSweepFixture(url!, replanReminders, { timeoutMs: 400 });
  const { db } = f;
  const sweep = (now: () => Date, options: Parameters<typeof sweepReminders>[0] = {}) => sweepReminders({ db, send: f.send, now, appUrl, ...options });
  afterEach(() => {
    f.smtp.rejectNext(0);
    f.smtp.stallNext(0);
  });

  it("plans the default reminders and sends each when due, with the date, the rule, a link and unsubscribe headers", async () => {
    const planned = await db.reminder.findMany({ where: { requestId: f.requestId }, orderBy: { sendAt: "asc" } });
    expect(planned.map((row) => [row.kind, row.sendAt.toISOString()])).toEqual([
      ["before-7d", "2026-03-26T09:00:00.000Z"],
      ["before-1d", "2026-04-01T08:00:00.000Z"],
      ["overdue-1d", "2026-04-03T08:00:00.000Z"],
    ]);
    expect(await sweep(at(sevenDaysBefore, -1))).toMatchObject({ claimed: 0 });
    expect(await sweep(at(sevenDaysBefore, 5))).toMatchObject({ claimed: 1, sent: 1 });
    const [mail] = f.smtp.messages;
    expect(mail!.to).toEqual(["ada@example.org"]);
    expect(mail!.subject).toBe("Reminder: Netflix must answer by Thursday, 2 April 2026");
    expect(mail!.text).toContain("UK GDPR Art. 12(3)");
    expect(mail!.text).toContain("Counted from 2026-03-02 (Monday): 2026-04-02 (Thursday)");
    expect(mail!.text).toContain(`${appUrl}/requests/${f.requestId}`);
    expect(mail!.html).toContain(`href="${appUrl}/requests/${f.requestId}"`);
    expect(mail!.headers["list-unsubscribe"]).toMatch(new RegExp(`^<${appUrl}/api/reminders/unsubscribe\\?token=[\\w-]+>$`));
    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const sent = await db.reminder.findFirstOrThrow({ where: { requestId: f.requestId, kind: "before-7d" } });
    expect(sent).toMatchObject({ status: "sent", attempts: 1, messageId: mail!.messageId, leaseUntil: null });
    expect(await sweep(at(sevenDaysBefore, 60))).toMatchObject({ claimed: 0 });
    expect(f.smtp.messages).toHaveLength(1);
  });

  it("sends the overdue reminder with a follow-up letter citing the request date and the deadline", async () => {
    const report = await sweep(at(overdueDay, 1));
    // The earlier two expired unsent (nobody swept for a week): cancelled, not sent late.
    expect(report).toMatchObject({ claimed: 3, sent: 1, cancelled: 2 });
    const [mail] = f.smtp.messages;
    expect(mail!.subject).toBe("Overdue: Netflix's answer was due on Thursday, 2 April 2026");
    expect(mail!.text).toContain("On 2 March 2026 I sent you a request");
    expect(mail!.text).toContain("The period for your answer ended on 2 April 2026 (Art. 12(3), Art. 12A UK GDPR");
    expect(mail!.text).toContain("Information Commissioner's Office");
    // The tracker's own overdue letter, signed as the request was.
    expect(mail!.text).toContain("Ada Lovelace");
  });

  it("retries after temporary rejections and a stalled server, keeping the last error, then delivers once", async () => {
    f.smtp.rejectNext(1);
    f.smtp.stallNext(1);
    const t0 = sevenDaysBefore.getTime() + 1000;
    expect(await sweep(() => new Date(t0))).toMatchObject({ claimed: 1, retried: 1 });
    let row = await db.reminder.findFirstOrThrow({ where: { requestId: f.requestId, kind: "before-7d" } });
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt!.getTime()).toBe(t0 + 60_000);
    expect(await sweep(() => new Date(t0 + 30_000))).toMatchObject({ claimed: 0 });

    expect(await sweep(() => new Date(t0 + 61_000))).toMatchObject({ claimed: 1, retried: 1 });
    row = await db.reminder.findFirstOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row.lastError).toMatch(/timeout|timed out/i);
    expect(row.nextAttemptAt!.getTime()).toBe(t0 + 61_000 + 120_000);

    expect(await sweep(() => new Date(t0 + 182_000))).toMatchObject({ claimed: 1, sent: 1 });
    row = await db.reminder.findFirstOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 3 });
    expect(row.lastError).toMatch(/timeout|timed out/i);
    expect(f.smtp.refused()).toBeGreaterThanOrEqual(2);
    expect(f.smtp.messages).toHaveLength(1);
  });

  it("gives up after the last attempt and says why", async () => {
    f.smtp.rejectNext(100);
    let now = sevenDaysBefore.getTime() + 1000;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sweep(() => new Date(now), { maxAttempts: 3 });
      now += 3_600_000;
    }
    const row = await db.reminder.findFirstOrThrow({ where: { requestId: f.requestId, kind: "before-7d" } });
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row.lastError).toMatch(/451/);
    expect(f.smtp.messages).toHaveLength(0);
  });

  it("two sweepers over the same due reminders deliver each exactly once", async () => {
    for (let i = 0; i < 29; i++) await seedRequest(db, f.userId, { serviceName: `Service ${i}` });
    await replanReminders(f.userId, f.requestId, planningTime, db);
    const other = createTestDb(url!);
    const third = createTestDb(url!);
    // Patient timeouts here: this test is about claims, and a loaded machine is slow to render.
    const send = rawSender(f.smtp.url, 20_000);
    try {
      const now = at(sevenDaysBefore, 10);
      const reports = await Promise.all([
        sweepReminders({ db, send, now, appUrl, batchSize: 3 }),
        sweepReminders({ db: other, send, now, appUrl, batchSize: 3 }),
        sweepReminders({ db: third, send, now, appUrl, batchSize: 3 }),
      ]);
      expect(
        reports.reduce((sum, report) => sum + report.sent, 0),
        JSON.stringify(reports),
      ).toBe(30);
      expect(reports.reduce((sum, report) => sum + report.claimed, 0)).toBe(30);
      expect(reports.filter((report) => report.claimed > 0).length).toBeGreaterThan(1);
      expect(f.smtp.messages).toHaveLength(30);
      expect(new Set(f.smtp.messages.map((message) => message.messageId)).size).toBe(30);
      expect(await db.reminder.count({ where: { kind: "before-7d", status: "sent", attempts: 1 } })).toBe(30);
    } finally {
      send.close();
      await Promise.all([other.$disconnect(), third.$disconnect()]);
    }
  });

  it("a sweeper that dies mid-batch leaves what it sent recorded: the next sweep sends only the rest, each once", async () => {
    for (let i = 0; i < 9; i++) await seedRequest(db, f.userId, { serviceName: `Service ${i}` });
    await replanReminders(f.userId, f.requestId, planningTime, db);
    const claimedAt = sevenDaysBefore.getTime() + 1000;
    let delivered = 0;
    // Four messages go through, then the process freezes for good: its sends never return.
    const dying = async (mail: Parameters<typeof f.send>[0]) => {
      if (++delivered > 4) return new Promise<never>(() => {});
      return f.send(mail);
    };
    void sweepReminders({ db, send: dying, now: () => new Date(claimedAt), appUrl, batchSize: 10, leaseMs: 60_000, sendTimeoutMs: 3_600_000 });
    await expect.poll(() => db.reminder.count({ where: { kind: "before-7d", status: "sent" } }), { timeout: 20_000 }).toBe(4);
    expect(await db.reminder.count({ where: { kind: "before-7d", status: "sending" } })).toBe(6);

    expect(await sweep(() => new Date(claimedAt + 61_000))).toMatchObject({ claimed: 6, sent: 6 });
    expect(f.smtp.messages).toHaveLength(10);
    expect(new Set(f.smtp.messages.map((message) => message.messageId)).size).toBe(10);
    const rows = await db.reminder.findMany({ where: { kind: "before-7d" }, select: { status: true, attempts: true } });
    expect(rows.filter((row) => row.status === "sent" && row.attempts === 1)).toHaveLength(4);
    expect(rows.filter((row) => row.status === "sent" && row.attempts === 2)).toHaveLength(6);
  });

  it("a sweeper killed between claim and send loses nothing: the next sweep after the lease sends it", async () => {
    const claimedAt = sevenDaysBefore.getTime() + 1000;
    const claimed = await claimDueReminders(db, { now: new Date(claimedAt), limit: 10, leaseMs: 60_000 });
    expect(claimed).toHaveLength(1);
    // ...and that sweeper never comes back.
    expect(await sweep(() => new Date(claimedAt + 30_000))).toMatchObject({ claimed: 0 });
    expect(await sweep(() => new Date(claimedAt + 61_000))).toMatchObject({ claimed: 1, sent: 1 });
    expect(f.smtp.messages).toHaveLength(1);
    const row = await db.reminder.findFirstOrThrow({ where: { id: claimed[0]!.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
    // The Message-ID is the reminder's own, so a resend after a crash is the same message.
    expect(row.messageId).toBe(`<reminder.${row.id}@rights.example.org>`);
  });
});
