import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { computeDeadlines } from "@/lib/law/deadlines";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { isoDateIn } from "./dates";
import { requestDue } from "./due";

const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: null } | null }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/auth/session", () => ({
  loadCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

const url = testDatabaseUrl();

/** Where a server action sent the browser (it throws Next's redirect), or a failure if it returned one. */
async function outcome(action: Promise<unknown>): Promise<unknown> {
  try {
    return await action;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (!digest?.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

describe.skipIf(!url)(`request drafts and requests on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const actions = await import("./actions");
  const data = await import("./data");
  // The request page's own loader: what the user sees, scoped to them.
  const { loadTrackedRequest } = await import("./tracking/data");
  const mutations = await import("./mutations");
  const { createCustomService } = await import("@/lib/services/custom/mutations");
  const { findVersion } = await import("@/lib/services/catalog");
  const db = createTestDb(url!);
  let a = "";
  let b = "";
  const as = (id: string) => (session.user = { id, email: `${id}@example.org`, name: null });

  beforeEach(async () => {
    await resetDatabase(db);
    a = (await db.user.create({ data: { email: "a@example.org" } })).id;
    b = (await db.user.create({ data: { email: "b@example.org" } })).id;
    session.user = null;
  });
  afterAll(() => db.$disconnect());

  /** Netflix access from the UK, walked through the actions up to the send step. */
  async function draftToSend(user: string): Promise<string> {
    as(user);
    const start = (await outcome(actions.startDraftAction({ service: "netflix" }))) as string;
    const id = start.split("/")[3]!;
    expect(start).toBe(`/requests/new/${id}/rights`);
    expect(await outcome(actions.saveRightsAction(id, { rights: ["access"] }))).toBe(`/requests/new/${id}/location`);
    expect(await outcome(actions.saveLocationAction(id, { country: "GB", state: "", timeZone: "Europe/London" }))).toBe(`/requests/new/${id}/details`);
    const details = { name: "Jane Doe", email: "jane@example.org", postalAddress: "", accountEmail: "", username: "", remember: false };
    expect(await outcome(actions.saveDetailsAction(id, details))).toBe(`/requests/new/${id}/review`);
    expect(await outcome(actions.confirmReviewAction(id, { language: "en", timeZone: "Europe/London" }))).toBe(`/requests/new/${id}/send`);
    return id;
  }

  it("saves each step to the draft and resumes where the user left off", async () => {
    as(a);
    const start = (await outcome(actions.startDraftAction({ service: "trakt" }))) as string;
    const id = start.split("/")[3]!;
    await outcome(actions.saveRightsAction(id, { rights: ["deletion"] }));
    await outcome(actions.saveLocationAction(id, { country: "DE", timeZone: "Europe/Berlin" }));
    const draft = await data.loadDraft(a, id);
    expect(draft).toMatchObject({ step: "details", serviceRef: { kind: "catalog", slug: "trakt", versionId: "2022-03-29" } });
    expect(draft?.data).toEqual({ rights: ["deletion"], location: { country: "DE" }, timeZone: "Europe/Berlin" });
    expect(await data.loadDraftSummaries(a)).toEqual([{ id, serviceName: "Trakt", step: "details", updatedAt: expect.any(Date) }]);
    // Going back and changing an answer keeps the others.
    await outcome(actions.saveRightsAction(id, { rights: ["deletion", "access"] }));
    expect((await data.loadDraft(a, id))?.data).toMatchObject({ rights: ["deletion", "access"], location: { country: "DE" } });
  });

  it("validates every step on the server with the form's schema", async () => {
    const id = await draftToSend(a);
    const injected = await outcome(actions.saveDetailsAction(id, { name: "Jane\r\nBcc: x@example.org", email: "jane@example.org", remember: false }));
    expect(injected).toEqual({ ok: false, reason: "invalid", issues: [{ path: "name", message: expect.stringMatching(/single line/) }] });
    expect(await outcome(actions.saveRightsAction(id, { rights: ["appeal"] }))).toMatchObject({ ok: false, reason: "invalid" });
    expect(await outcome(actions.saveLocationAction(id, { country: "gb1" }))).toMatchObject({ ok: false, reason: "invalid", issues: [{ path: "country" }] });
    expect(await outcome(actions.markSentAction(id, { sentOn: "2999-01-01", timeZone: "Europe/London" }))).toMatchObject({
      ok: false,
      reason: "invalid",
      issues: [{ path: "sentOn" }],
    });
  });

  it("refuses a location whose law grants none of the chosen rights", async () => {
    as(a);
    const id = ((await outcome(actions.startDraftAction({ service: "netflix" }))) as string).split("/")[3]!;
    await outcome(actions.saveRightsAction(id, { rights: ["portability"] }));
    expect(await outcome(actions.saveLocationAction(id, { country: "US", state: "CA" }))).toMatchObject({ ok: false, reason: "no-rights-granted" });
  });

  it("creates the request with its 'sent' event and the legal due date, and deletes the draft", async () => {
    const id = await draftToSend(a);
    const sentOn = isoDateIn(new Date(), "Europe/London");
    const target = (await outcome(actions.markSentAction(id, { sentOn, timeZone: "Europe/London" }))) as string;
    const requestId = target.split("/")[2]!;
    expect(target).toBe(`/requests/${requestId}`);
    const request = await loadTrackedRequest(a, requestId);
    const expected = computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: sentOn });
    expect(request).toMatchObject({
      serviceName: "Netflix",
      regime: "uk-gdpr",
      rights: ["access"],
      sentOn,
      dueDate: expected.respondBy,
      recipient: "privacy@netflix.com",
    });
    expect(request?.dueAt.toISOString()).toBe(expected.respondByEndsAt);
    expect(await db.request.findUnique({ where: { id: requestId }, select: { status: true, requesterName: true, requesterCountry: true } })).toEqual({
      status: "sent",
      requesterName: "Jane Doe",
      requesterCountry: "GB",
    });
    expect(request?.letterBody).toContain("Jane Doe");
    expect(request?.events).toEqual([expect.objectContaining({ type: "sent", on: sentOn, recordedBy: "user" })]);
    // Its reminders are planned with it: 7 days before, 1 day before and the day after the deadline.
    const reminders = await db.reminder.findMany({ where: { userId: a, status: "pending" }, orderBy: { sendAt: "asc" } });
    expect(reminders.map((r) => r.kind)).toEqual(["before-7d", "before-1d", "overdue-1d"]);
    expect(await data.loadDraft(a, id)).toBeNull();
    // A second click finds no draft and creates nothing.
    expect(await outcome(actions.markSentAction(id, { sentOn, timeZone: "Europe/London" }))).toMatchObject({ ok: false, reason: "not-found" });
    expect(await db.request.count({ where: { userId: a } })).toBe(1);
  });

  it("counts the due date from the date given (UK: 3 September → 5 October 2026, after a weekend)", async () => {
    const draft = await mutations.createDraft(a, { kind: "catalog", slug: "netflix", versionId: "2024-04-17" });
    const { dueDate, dueAt } = requestDue("uk-gdpr", ["access"], "2026-09-03");
    const created = await mutations.createRequestFromDraft(a, draft.id, {
      serviceRef: "netflix@2024-04-17",
      serviceName: "Netflix",
      regime: "uk-gdpr",
      rights: ["access"],
      language: "en",
      letterSubject: "Subject",
      letterBody: "Body",
      recipient: "privacy@netflix.com",
      sentOn: "2026-09-03",
      dueDate,
      dueAt,
      requesterName: "Jane Doe",
      requesterEmail: "jane@example.org",
      requesterCountry: "GB",
      eventData: {},
    });
    const request = await loadTrackedRequest(a, created!.id);
    expect(request).toMatchObject({ sentOn: "2026-09-03", dueDate: "2026-10-05" });
  });

  it("keeps users apart: B can neither load, change, send nor discard A's draft, nor see A's request", async () => {
    const id = await draftToSend(a);
    expect(await data.loadDraft(b, id)).toBeNull();
    expect(await data.loadDraftSummaries(b)).toEqual([]);
    expect(await mutations.updateDraft(b, id, { rights: ["deletion"] }, "location")).toBe(false);
    expect(await mutations.deleteDraft(b, id)).toBe(false);
    expect(await mutations.createRequestFromDraft(b, id, {} as never)).toBeNull();
    as(b);
    expect(await outcome(actions.saveRightsAction(id, { rights: ["deletion"] }))).toEqual({ ok: false, reason: "not-found" });
    expect(await outcome(actions.markSentAction(id, { sentOn: isoDateIn(new Date(), "UTC") }))).toEqual({ ok: false, reason: "not-found" });
    expect(await outcome(actions.discardDraftAction(id))).toEqual({ ok: false, reason: "not-found" });
    expect((await data.loadDraft(a, id))?.data.rights).toEqual(["access"]);

    as(a);
    const target = (await outcome(actions.markSentAction(id, { sentOn: isoDateIn(new Date(), "Europe/London"), timeZone: "Europe/London" }))) as string;
    const requestId = target.split("/")[2]!;
    expect(await loadTrackedRequest(b, requestId)).toBeNull();
    expect(await db.request.count({ where: { userId: b } })).toBe(0);
    expect(await loadTrackedRequest(a, requestId)).not.toBeNull();
  });

  it("refuses every action when signed out", async () => {
    const id = await draftToSend(a);
    session.user = null;
    expect(await outcome(actions.saveRightsAction(id, { rights: ["access"] }))).toEqual({ ok: false, reason: "signed-out" });
    expect(await outcome(actions.startDraftAction({ service: "netflix" }))).toEqual({ ok: false, reason: "signed-out" });
  });

  it("stores identity details only when asked, and reuses them", async () => {
    const id = await draftToSend(a);
    expect(await data.loadSavedIdentity(a)).toBeNull();
    await outcome(actions.saveDetailsAction(id, { name: "Jane Doe", email: "jane@example.org", postalAddress: "1 Main St\nLondon", remember: true }));
    expect(await data.loadSavedIdentity(a)).toEqual({ name: "Jane Doe", email: "jane@example.org", postalAddress: "1 Main St\nLondon" });
    expect(await data.loadSavedIdentity(b)).toBeNull();

    const second = ((await outcome(actions.startDraftAction({ service: "trakt" }))) as string).split("/")[3]!;
    await outcome(actions.saveRightsAction(second, { rights: ["access"] }));
    await outcome(actions.saveLocationAction(second, { country: "FR" }));
    expect(await outcome(actions.saveDetailsAction(second, { useSaved: true, name: "", email: "" }))).toBe(`/requests/new/${second}/review`);
    expect((await data.loadDraft(a, second))?.data.details).toMatchObject({ name: "Jane Doe", email: "jane@example.org" });

    expect(await outcome(actions.forgetIdentityAction())).toEqual({ ok: true });
    expect(await data.loadSavedIdentity(a)).toBeNull();
    expect(await outcome(actions.saveDetailsAction(second, { useSaved: true, name: "", email: "" }))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("starts a draft for the user's own custom service, and not for someone else's", async () => {
    const record = { ...findVersion("trakt", "2022-03-29")!, serviceName: "My Club", serviceSlug: "my-club" };
    const { id: customId } = await createCustomService(a, { name: "My Club", slug: "my-club", record, sourceText: "text", sourceName: null });
    as(b);
    expect(await outcome(actions.startDraftAction({ service: `custom:${customId}` }))).toMatchObject({ ok: false, reason: "not-found" });
    as(a);
    const start = (await outcome(actions.startDraftAction({ service: `custom:${customId}` }))) as string;
    const draft = await data.loadDraft(a, start.split("/")[3]!);
    expect(draft).toMatchObject({ serviceRef: { kind: "custom", id: customId }, record: { serviceName: "My Club" } });
    expect(await data.loadDraftSummaries(a)).toEqual([expect.objectContaining({ serviceName: "My Club" })]);
  });

  it("removes drafts, requests, events and saved details with the user", async () => {
    const id = await draftToSend(a);
    await mutations.saveIdentity(a, { name: "Jane", email: "jane@example.org", postalAddress: null });
    await db.user.delete({ where: { id: a } });
    expect(await db.requestDraft.count()).toBe(0);
    expect(await db.savedIdentity.count()).toBe(0);
    expect(id).toBeTruthy();
  });
});
