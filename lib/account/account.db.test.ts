import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";

const url = testDatabaseUrl();

describe.skipIf(!url)(`account export and deletion on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { loadAccountExport } = await import("./data");
  const { deleteAccount } = await import("./mutations");
  const { createCalendarFeed } = await import("@/lib/calendar/mutations");
  const db = createTestDb(url!);
  let a = "";
  let b = "";

  async function seed(userId: string, email: string, service: string) {
    await db.session.create({ data: { userId, sessionToken: `secret-session-${userId}`, expires: new Date(Date.now() + 86_400_000) } });
    await db.verificationToken.create({ data: { identifier: email, token: `hashed-${userId}`, expires: new Date(Date.now() + 60_000) } });
    const request = await db.request.create({
      data: {
        userId,
        serviceRef: "netflix@2024-04-17",
        serviceName: service,
        regime: "uk-gdpr",
        rights: ["access"],
        language: "en",
        letterSubject: "Access",
        letterBody: `Letter of ${email}`,
        recipient: "privacy@netflix.com",
        sentOn: "2026-09-03",
        dueDate: "2026-10-05",
        dueAt: new Date("2026-10-05T22:59:59.999Z"),
        events: { create: { userId, type: "sent", on: "2026-09-03" } },
      },
    });
    await db.requestNote.create({ data: { userId, requestId: request.id, body: `Note of ${email}` } });
    await db.requestDraft.create({ data: { userId, serviceRef: "trakt@2022-03-29", data: { rights: ["deletion"] } } });
    await db.savedIdentity.create({ data: { userId, name: "Jane", email, postalAddress: null } });
    await db.reminderPreference.create({ data: { userId, unsubscribeToken: `unsub-${userId}` } });
    await createCalendarFeed(userId);
  }

  beforeEach(async () => {
    await resetDatabase(db);
    a = (await db.user.create({ data: { email: "a@example.org" } })).id;
    b = (await db.user.create({ data: { email: "b@example.org" } })).id;
    await seed(a, "a@example.org", "Netflix");
    await seed(b, "b@example.org", "Bob's Service");
  });
  afterAll(() => db.$disconnect());

  it("exports the user's own data, and no token that works against the app", async () => {
    const data = await loadAccountExport(a);
    const json = JSON.stringify(data);
    expect(data?.user.email).toBe("a@example.org");
    expect(data?.requests).toHaveLength(1);
    expect(data?.requests[0]).toMatchObject({
      serviceName: "Netflix",
      letterBody: "Letter of a@example.org",
      events: [{ type: "sent" }],
      notes: [{ body: "Note of a@example.org" }],
    });
    expect(data?.drafts).toHaveLength(1);
    expect(data?.savedIdentity?.email).toBe("a@example.org");
    expect(data?.calendarFeeds).toHaveLength(1);
    expect(json).not.toContain("b@example.org");
    expect(json).not.toContain("Bob's Service");
    for (const secret of ["secret-session", "unsub-", "tokenHash", "sessionToken", "hashed-"]) expect(json).not.toContain(secret);
  });

  it("deletes the user and every row of theirs, and nothing of anyone else's", async () => {
    expect(await deleteAccount(a)).toBe(true);
    const tables = ["request", "requestEvent", "requestNote", "requestDraft", "savedIdentity", "session", "reminderPreference", "calendarFeed"] as const;
    for (const table of tables) {
      const delegate = db[table] as unknown as { count(args: { where: { userId: string } }): Promise<number> };
      expect(await delegate.count({ where: { userId: a } }), table).toBe(0);
      expect(await delegate.count({ where: { userId: b } }), table).toBeGreaterThan(0);
    }
    expect(await db.user.count({ where: { id: a } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: "a@example.org" } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: "b@example.org" } })).toBe(1);
    expect(await deleteAccount(a)).toBe(false);
    expect(await loadAccountExport(a)).toBeNull();
  });
});
