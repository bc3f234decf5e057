import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { computeDeadlines } from "@/lib/law/deadlines";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { inEnglishWhy } from "@/lib/testing/english-why";

const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: null } | null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({ loadCurrentUser: async () => session.user, requireUser: async () => session.user }));

const url = testDatabaseUrl();

describe.skipIf(!url)(`request lifecycle, notes and dashboard on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const mutations = await import("./mutations");
  const data = await import("./data");
  const actions = await import("./actions");
  const db = createTestDb(url!);
  let a = "";
  let b = "";
  const now = new Date("2026-09-10T12:00:00Z");
  const at = (on: string) => ({ today: on, now: new Date(`${on}T12:00:00Z`) });

  async function sentRequest(userId: string, sentOn = "2026-09-03", serviceName = "Netflix") {
    const due = computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: sentOn });
    return db.request.create({
      data: {
        userId,
        serviceRef: "netflix@2024-04-17",
        serviceName,
        regime: "uk-gdpr",
        rights: ["access"],
        language: "en",
        letterSubject: "Right of access",
        letterBody: "Dear Sir or Madam,\n\nYours faithfully,\nJane Doe",
        recipient: "privacy@netflix.com",
        sentOn,
        dueDate: due.respondBy,
        dueAt: new Date(due.respondByEndsAt),
        requesterName: "Jane Doe",
        requesterEmail: "jane@example.org",
        requesterCountry: "GB",
        events: { create: { userId, type: "sent", on: sentOn } },
      },
      select: { id: true },
    });
  }

  beforeEach(async () => {
    await resetDatabase(db);
    a = (await db.user.create({ data: { email: "a@example.org" } })).id;
    b = (await db.user.create({ data: { email: "b@example.org" } })).id;
    session.user = null;
  });
  afterAll(() => db.$disconnect());

  it("stores each event and keeps status, stage and deadline in step with the engine", async () => {
    const { id } = await sentRequest(a);
    expect(await mutations.recordRequestEvent(a, id, { type: "extension-claimed", on: "2026-09-20" }, at("2026-09-20"))).toMatchObject({
      ok: true,
      state: { status: "extended" },
    });
    const row = await db.request.findUniqueOrThrow({ where: { id } });
    const engine = computeDeadlines({
      regime: "uk-gdpr",
      right: "access",
      receivedOn: "2026-09-03",
      events: [{ type: "extension-claimed", on: "2026-09-20" }],
    });
    expect(row).toMatchObject({ status: "extended", stage: 0, version: 1, dueDate: engine.respondBy, dueAt: new Date(engine.respondByEndsAt) });
    const second = await mutations.recordRequestEvent(a, id, { type: "extension-claimed", on: "2026-09-21" }, at("2026-09-21"));
    expect(inEnglishWhy(second)).toMatchObject({ ok: false, reason: "invalid-transition", message: expect.stringMatching(/already claimed an extension/) });
    expect(await db.requestEvent.count({ where: { requestId: id } })).toBe(2);
  });

  it("undoes the last entry with an 'undone' row and recomputes the deadline", async () => {
    const { id } = await sentRequest(a);
    const ext = await mutations.recordRequestEvent(a, id, { type: "extension-claimed", on: "2026-09-20" }, at("2026-09-20"));
    if (!ext.ok) throw new Error("expected ok");
    expect(await mutations.undoLastEvent(a, id, "not-the-last", at("2026-09-21"))).toEqual({ ok: false, reason: "conflict" });
    expect(await mutations.undoLastEvent(b, id, ext.eventId, at("2026-09-21"))).toEqual({ ok: false, reason: "not-found" });
    expect(await mutations.undoLastEvent(a, id, ext.eventId, at("2026-09-21"))).toMatchObject({
      ok: true,
      state: { status: "sent", deadline: { dueDate: "2026-10-05" } },
    });
    expect((await db.request.findUniqueOrThrow({ where: { id } })).dueDate).toBe("2026-10-05");
    expect((await db.requestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } })).map((e) => e.type)).toEqual([
      "sent",
      "extension-claimed",
      "undone",
    ]);
    expect(await mutations.undoLastEvent(a, id, ext.eventId, at("2026-09-21"))).toEqual({ ok: false, reason: "nothing-to-undo" });
  });

  it("lets only one of two concurrent writers build on the same history", async () => {
    const { id } = await sentRequest(a);
    const results = await Promise.all([
      mutations.recordRequestEvent(a, id, { type: "acknowledged", on: "2026-09-05" }, at("2026-09-05")),
      mutations.recordRequestEvent(a, id, { type: "acknowledged", on: "2026-09-05" }, at("2026-09-05")),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.requestEvent.count({ where: { requestId: id, type: "acknowledged" } })).toBe(1);
  });

  it("never lets another user record, undo, annotate or read a request, and says not-found either way", async () => {
    const { id } = await sentRequest(a);
    expect(await mutations.recordRequestEvent(b, id, { type: "completed", on: "2026-09-05" }, at("2026-09-05"))).toEqual({ ok: false, reason: "not-found" });
    expect(await mutations.addRequestNote(b, id, "mine now")).toBe(false);
    expect(await data.loadTrackedRequest(b, id)).toBeNull();
    session.user = { id: b, email: "b@example.org", name: null };
    expect(await actions.recordEventAction(id, { type: "completed", on: "2026-09-05" })).toEqual({ ok: false, reason: "not-found" });
    expect(await actions.quickEventAction(id, { type: "completed" })).toEqual({ ok: false, reason: "not-found" });
    expect(await actions.addNoteAction(id, { body: "x" })).toEqual({ ok: false, reason: "not-found" });
    expect(await actions.recordEventAction("no-such-id", { type: "completed", on: "2026-09-05" })).toEqual({ ok: false, reason: "not-found" });
    expect(await db.requestEvent.count({ where: { requestId: id } })).toBe(1);
    expect(await db.requestNote.count()).toBe(0);
  });

  it("records through the action with the form's schema: an answer's checklist, a refusal's reason, a reminder's letter", async () => {
    const { id } = await sentRequest(a, "2026-08-01");
    session.user = { id: a, email: "a@example.org", name: null };
    expect(await actions.recordEventAction(id, { type: "refused", on: "2026-08-05" })).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [{ path: "reason" }],
    });
    const answered = await actions.recordEventAction(id, {
      type: "answer-received",
      on: "2026-08-20",
      completeness: "partial",
      received: ["access.copy", "access.purposes", "bogus"],
    });
    expect(answered).toMatchObject({ ok: true });
    const answer = await db.requestEvent.findFirstOrThrow({ where: { requestId: id, type: "answer-received" } });
    expect(answer.data).toMatchObject({
      completeness: "partial",
      received: ["access.copy", "access.purposes"],
      missing: expect.arrayContaining(["access.retention", "access.source"]),
    });
    expect(await actions.recordEventAction(id, { type: "follow-up-sent", on: "2026-08-21" })).toMatchObject({ ok: true });
    const followUp = await db.requestEvent.findFirstOrThrow({ where: { requestId: id, type: "follow-up-sent" } });
    expect(followUp.data).toMatchObject({
      kind: "incomplete",
      letter: { subject: "Incomplete answer: Right of access", body: expect.stringContaining("the envisaged storage period") },
    });
    expect(await actions.recordEventAction(id, { type: "answer-received", on: "2026-08-01", completeness: "complete" })).toMatchObject({
      ok: false,
      reason: "invalid-date",
    });
  });

  it("adds and deletes notes on the user's own request only", async () => {
    const { id } = await sentRequest(a);
    expect(await mutations.addRequestNote(a, id, "Called them")).toBe(true);
    const [note] = (await data.loadTrackedRequest(a, id))!.notes;
    expect(note?.body).toBe("Called them");
    expect(await mutations.deleteRequestNote(b, id, note!.id)).toBe(false);
    expect(await mutations.deleteRequestNote(a, id, note!.id)).toBe(true);
  });

  it("counts and pages the dashboard in the database, by group, status, law and sort", async () => {
    await sentRequest(a, "2026-08-01", "Overdue Co");
    await sentRequest(a, "2026-08-12", "Soon Co");
    await sentRequest(a, "2026-09-05", "Later Co");
    const done = await sentRequest(a, "2026-09-06", "Done Co");
    await mutations.recordRequestEvent(a, done.id, { type: "completed", on: "2026-09-07" }, at("2026-09-07"));
    await sentRequest(b, "2026-08-01", "Bob Co");
    expect(await data.loadDashboardCounts(a, now)).toEqual({ overdue: 1, dueSoon: 1, waiting: 1, done: 1 });
    const page = (query: Record<string, string>) =>
      data.loadDashboardPage(a, { group: "open", sort: "due", page: 1, status: undefined, law: undefined, ...query } as never, now);
    expect((await page({})).items.map((i) => i.serviceName)).toEqual(["Overdue Co", "Soon Co", "Later Co"]);
    expect((await page({ group: "overdue" })).items.map((i) => i.serviceName)).toEqual(["Overdue Co"]);
    expect((await page({ group: "done" })).items.map((i) => i.serviceName)).toEqual(["Done Co"]);
    expect((await page({ group: "all", sort: "service" })).items.map((i) => i.serviceName)).toEqual(["Done Co", "Later Co", "Overdue Co", "Soon Co"]);
    expect((await page({ group: "all", status: "completed" })).items.map((i) => i.serviceName)).toEqual(["Done Co"]);
    expect((await page({ group: "all", law: "ccpa" })).items).toEqual([]);
    expect(await data.loadDashboardCounts(b, now)).toEqual({ overdue: 1, dueSoon: 0, waiting: 0, done: 0 });
  });

  it("groups the runs sent to several companies at once, newest first, and shows each as a list", async () => {
    const first = [await sentRequest(a, "2026-08-01", "A1"), await sentRequest(a, "2026-08-01", "A2")];
    const second = [await sentRequest(a, "2026-08-20", "B1"), await sentRequest(a, "2026-08-20", "B2"), await sentRequest(a, "2026-08-20", "B3")];
    await sentRequest(a, "2026-08-21", "Alone");
    await db.request.updateMany({ where: { id: { in: first.map((r) => r.id) } }, data: { batchId: "batchone1" } });
    await db.request.updateMany({ where: { id: { in: second.map((r) => r.id) } }, data: { batchId: "batchtwo2" } });
    const other = await sentRequest(b, "2026-08-25", "Bob's");
    await db.request.update({ where: { id: other.id }, data: { batchId: "batchbob3" } });
    expect(await data.loadBatches(a)).toEqual([
      { batchId: "batchtwo2", count: 3, sentOn: "2026-08-20" },
      { batchId: "batchone1", count: 2, sentOn: "2026-08-01" },
    ]);
    const page = await data.loadDashboardPage(
      a,
      { group: "all", sort: "service", page: 1, status: undefined, law: undefined, batch: "batchtwo2" } as never,
      now,
    );
    expect(page.items.map((i) => i.serviceName)).toEqual(["B1", "B2", "B3"]);
  });

  it("stops counting at the cap, so a long history costs no more to count", async () => {
    await db.$executeRawUnsafe(
      `INSERT INTO "Request" (id, "userId", "serviceRef", "serviceName", regime, rights, language, "letterSubject", "letterBody", recipient, "sentOn", "dueDate", "dueAt", status, stage)
       SELECT 'r' || i, $1, 'netflix@2024-04-17', 'S', 'uk-gdpr', ARRAY['access'], 'en', 's', 'b', 'r', '2025-01-01', '2025-02-01', now(), 'completed', 2 FROM generate_series(1, 1005) AS i`,
      a,
    );
    const { countLabel } = await import("./dashboard-query");
    const counts = await data.loadDashboardCounts(a, now);
    expect(counts).toEqual({ overdue: 0, dueSoon: 0, waiting: 0, done: 1001 });
    expect(countLabel(counts.done)).toBe("1,000+");
    expect(countLabel(1000)).toBe("1000");
  });
});
