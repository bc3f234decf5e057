import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";

const url = testDatabaseUrl();

describe.skipIf(!url)(`calendar feeds on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { calendarFeedResponse } = await import("./feed-response");
  const { createCalendarFeed, revokeCalendarFeeds } = await import("./mutations");
  const { loadCalendarFeedStatus } = await import("./data");
  const db = createTestDb(url!);
  let a = "";
  let b = "";

  const request = (userId: string, serviceName: string, dueDate: string, stage = 0) =>
    db.request.create({
      data: {
        userId,
        serviceRef: "netflix@2024-04-17",
        serviceName,
        regime: "uk-gdpr",
        rights: ["access"],
        language: "en",
        letterSubject: "s",
        letterBody: "b",
        recipient: "privacy@netflix.com",
        sentOn: "2026-09-03",
        dueDate,
        dueAt: new Date(`${dueDate}T22:59:59.999Z`),
        stage,
      },
    });

  beforeEach(async () => {
    await resetDatabase(db);
    a = (await db.user.create({ data: { email: "a@example.org" } })).id;
    b = (await db.user.create({ data: { email: "b@example.org" } })).id;
    await request(a, "Netflix", "2026-10-05");
    await request(a, "Closed Co", "2026-10-06", 2);
    await request(b, "Bob's Secret Service", "2026-10-07");
  });
  afterAll(() => db.$disconnect());

  it("lists the owner's open deadlines and nobody else's", async () => {
    const token = await createCalendarFeed(a);
    const res = await calendarFeedResponse(token, new Date("2026-09-10T00:00:00Z"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await res.text();
    expect(body).toContain("SUMMARY:Netflix must answer your request (UK GDPR)");
    expect(body).toContain("DTSTART;VALUE=DATE:20261005");
    expect(body).not.toContain("Closed Co");
    expect(body).not.toContain("Bob");
    expect(await db.calendarFeed.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("answers a revoked, replaced, malformed or unknown token with the same 404", async () => {
    const first = await createCalendarFeed(a);
    const second = await createCalendarFeed(a);
    const bodies = [];
    for (const token of [first, "x".repeat(43), "../../etc/passwd", ""]) {
      const res = await calendarFeedResponse(token);
      expect(res.status).toBe(404);
      bodies.push(await res.text());
    }
    expect(new Set(bodies).size).toBe(1);
    expect((await calendarFeedResponse(second)).status).toBe(200);
    expect(await revokeCalendarFeeds(a)).toBe(1);
    expect((await calendarFeedResponse(second)).status).toBe(404);
    expect(await loadCalendarFeedStatus(a)).toBeNull();
  });

  it("keeps each user's feed to their own requests", async () => {
    const tokenB = await createCalendarFeed(b);
    const body = await (await calendarFeedResponse(tokenB)).text();
    expect(body).toContain("Bob's Secret Service");
    expect(body).not.toContain("Netflix");
    expect(await loadCalendarFeedStatus(a)).toBeNull();
  });
});
