import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { seedRequest, seedUser } from "./testing";

const url = testDatabaseUrl();
const secret = "x".repeat(48);

type Route = { GET(request: Request): Response | Promise<Response>; POST(request: Request): Promise<Response> };

describe.skipIf(!url)(`reminder endpoints on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  process.env.APP_URL = "https://rights.example.org";
  const db = createTestDb(url!);
  const { ensureUnsubscribeTokens, replanReminders } = await import("./mutations");
  let userId: string;

  async function importRoute(path: "sweep" | "unsubscribe", env: Record<string, string | undefined> = {}): Promise<Route> {
    vi.resetModules();
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
    return path === "sweep" ? await import("@/app/api/reminders/sweep/route") : await import("@/app/api/reminders/unsubscribe/route");
  }
  const sweepCall = (route: Route, authorization?: string) =>
    route.POST(new Request("https://rights.example.org/api/reminders/sweep", { method: "POST", headers: authorization ? { authorization } : {} }));

  beforeAll(async () => {
    await resetDatabase(db);
    userId = await seedUser(db, "ada@example.org");
  });
  beforeEach(() => vi.spyOn(console, "info").mockImplementation(() => {}));
  afterAll(async () => {
    delete process.env.CRON_SECRET;
    await db.$disconnect();
  });

  it("the sweep endpoint is off without CRON_SECRET and says how to turn it on", async () => {
    const response = await sweepCall(await importRoute("sweep", { CRON_SECRET: undefined }), `Bearer ${secret}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: expect.stringMatching(/set CRON_SECRET/) });
  });

  it("refuses a missing or wrong secret and sweeps with the right one", async () => {
    const route = await importRoute("sweep", { CRON_SECRET: secret });
    expect((await sweepCall(route)).status).toBe(401);
    expect((await sweepCall(route, `Bearer ${secret.slice(1)}`)).status).toBe(401);
    expect((await sweepCall(route, `Bearer ${secret}y`)).status).toBe(401);
    const ok = await sweepCall(route, `Bearer ${secret}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, claimed: 0, summary: "nothing due" });
  });

  it("GET on the unsubscribe link only shows the confirmation page", async () => {
    const route = await importRoute("unsubscribe");
    const response = await route.GET(new Request("https://rights.example.org/api/reminders/unsubscribe?token=abc"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://rights.example.org/settings/reminders/unsubscribe?token=abc");
  });

  it("one-click unsubscribe (RFC 8058) stops the user's pending reminders", async () => {
    const requestId = await seedRequest(db, userId, { dueAt: new Date(Date.now() + 20 * 86_400_000), dueDate: "2099-01-01" });
    await replanReminders(userId, requestId, new Date(), db);
    expect(await db.reminder.count({ where: { userId, status: "pending" } })).toBeGreaterThan(0);
    const token = (await ensureUnsubscribeTokens([userId], db)).get(userId)!;
    const route = await importRoute("unsubscribe");
    const post = (query: string, body: string, type = "application/x-www-form-urlencoded") =>
      route.POST(new Request(`https://rights.example.org/api/reminders/unsubscribe?${query}`, { method: "POST", headers: { "content-type": type }, body }));

    expect((await post(`token=${token}`, "something=else")).status).toBe(400);
    expect((await post("token=unknown", "List-Unsubscribe=One-Click")).status).toBe(404);
    const response = await post(`token=${token}`, "List-Unsubscribe=One-Click");
    expect(response.status).toBe(200);
    expect(await db.reminder.count({ where: { userId, status: "pending" } })).toBe(0);
    expect((await db.reminderPreference.findUniqueOrThrow({ where: { userId } })).unsubscribedAt).not.toBeNull();

    const fromPage = await post(`token=${token}`, "List-Unsubscribe=One-Click&return=page");
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toBe(`https://rights.example.org/settings/reminders/unsubscribe?token=${token}&done=1`);

    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const multipart = await route.POST(new Request(`https://rights.example.org/api/reminders/unsubscribe?token=${token}`, { method: "POST", body: form }));
    expect(multipart.status).toBe(200);
  });
});
