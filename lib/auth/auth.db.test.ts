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

  it("past the overall budget, a flood from many clients is refused while a light client still gets mail", async () => {
    const { guardSignInEmail } = await import("./sign-in-guard");
    const { GLOBAL_HARD_MAX, SIGN_IN_LIMITS } = await import("./rate-limit");
    const globalMax = SIGN_IN_LIMITS.find((limit) => limit.scope === "global")!.max;
    const now = new Date("2026-05-01T12:00:00Z");
    // 50 flooding clients spend the whole budget, 10 mails each, to addresses of their choosing.
    for (let i = 0; i < globalMax; i++) expect((await guardSignInEmail(`spray${i}@example.org`, `198.51.100.${i % 50}`, now)).ok).toBe(true);
    const flooder = await guardSignInEmail("one-more@example.org", "198.51.100.7", now);
    expect(flooder).toMatchObject({ ok: false, scope: "global" });
    // A person signing in for the first time this window is not locked out by them.
    expect(await guardSignInEmail("jane@example.org", "203.0.113.9", now)).toEqual({ ok: true });
    expect(GLOBAL_HARD_MAX).toBeGreaterThan(globalMax);
  });
});
