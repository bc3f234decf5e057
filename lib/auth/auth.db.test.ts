import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";

const url = testDatabaseUrl();

describe.skipIf(!url)(`sign-in storage on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const { prismaAdapter } = await import("./adapter");
  const { hitRateLimit } = await import("./mutations");
  const db = createTestDb(url!);
  const adapter = prismaAdapter();
  beforeEach(() => resetDatabase(db));
  afterAll(() => db.$disconnect());

  it("uses a verification token once", async () => {
    const expires = new Date(Date.now() + 60_000);
    await adapter.createVerificationToken!({ identifier: "a@example.org", token: "hashed", expires });
    const first = await adapter.useVerificationToken!({ identifier: "a@example.org", token: "hashed" });
    expect(first).toMatchObject({ identifier: "a@example.org", token: "hashed" });
    expect(await adapter.useVerificationToken!({ identifier: "a@example.org", token: "hashed" })).toBeNull();
  });

  it("stores sessions and finds their user", async () => {
    const user = await adapter.createUser!({ email: "b@example.org", emailVerified: new Date() });
    await adapter.createSession!({ sessionToken: "tok", userId: user.id, expires: new Date(Date.now() + 60_000) });
    const found = await adapter.getSessionAndUser!("tok");
    expect(found?.user.email).toBe("b@example.org");
    await adapter.deleteSession!("tok");
    expect(await adapter.getSessionAndUser!("tok")).toBeNull();
    await adapter.deleteSession!("tok");
  });

  it("counts hits atomically and opens a new window when the old one ends", async () => {
    const now = new Date("2026-05-01T12:00:00Z");
    const hits = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit("k", 900, now)));
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const later = await hitRateLimit("k", 900, new Date(now.getTime() + 901_000));
    expect(later.count).toBe(1);
  });
});
