import { describe, expect, it } from "vitest";
import { computeDeadlines } from "@/lib/law/deadlines";
import { deriveRequestState, isOverdue, STAGE, type RequestFacts, type TimelineEvent } from "./lifecycle";
import { inEnglishWhy, whyInEnglish } from "@/lib/testing/english-why";
import { allowedEvents, checkTransition as checkRaw, undoTarget, type NewEvent } from "./transitions";

/** checkTransition, its refusal read as an English reader would. */
const checkTransition = (...args: Parameters<typeof checkRaw>) => inEnglishWhy(checkRaw(...args));

const uk: RequestFacts = { regime: "uk-gdpr", rights: ["access"], sentOn: "2026-09-03" };
const va: RequestFacts = { regime: "us-va", rights: ["access", "deletion"], sentOn: "2026-09-03" };

let seq = 0;
function ev(type: string, on: string, data: unknown = null): TimelineEvent {
  seq += 1;
  return { id: `e${seq}`, type, on, recordedBy: "user", data, createdAt: new Date(`${on}T10:00:00Z`) };
}
const sent = (facts: RequestFacts) => ev("sent", facts.sentOn);

/** Applies events through checkTransition, as the mutation does; throws on a refusal. */
function story(facts: RequestFacts, steps: (NewEvent & { now?: string })[]): TimelineEvent[] {
  const events = [sent(facts)];
  for (const step of steps) {
    const now = new Date(step.now ?? `${step.on}T12:00:00Z`);
    const check = checkRaw(facts, events, step, { today: step.on, now });
    if (!check.ok) throw new Error(whyInEnglish(check.why));
    events.push(ev(step.type, step.on, step.data ?? null));
  }
  return events;
}

describe("deriveRequestState", () => {
  it("starts waiting, with the deadline the engine gives for the day it was sent", () => {
    const state = deriveRequestState(uk, [sent(uk)]);
    expect(state).toMatchObject({ status: "sent", stage: STAGE.clock });
    const engine = computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: "2026-09-03" });
    expect(state.deadline).toMatchObject({ kind: "response", dueDate: "2026-10-05", originalDueDate: engine.originalRespondBy });
    expect(state.deadline.dueAt.toISOString()).toBe(engine.respondByEndsAt);
    expect(state.deadline.steps).toEqual(engine.steps);
  });

  it("moves the deadline to three months from the start when an extension is claimed in time", () => {
    const state = deriveRequestState(
      uk,
      story(uk, [
        { type: "acknowledged", on: "2026-09-05" },
        { type: "extension-claimed", on: "2026-09-20" },
      ]),
    );
    expect(state).toMatchObject({ status: "extended", acknowledgedOn: "2026-09-05", extensionClaimedOn: "2026-09-20" });
    expect(state.deadline.dueDate).toBe("2026-12-03");
  });

  it("pauses the UK clock while a clarification is outstanding, and adds the days back", () => {
    const events = story(uk, [{ type: "clarification-requested", on: "2026-09-10" }]);
    expect(deriveRequestState(uk, events).status).toBe("awaiting-you");
    events.push(ev("clarification-received", "2026-09-15"));
    const state = deriveRequestState(uk, events);
    expect(state.status).toBe("sent");
    expect(state.deadline).toMatchObject({ dueDate: "2026-10-09", paused: [{ from: "2026-09-10", to: "2026-09-15" }] });
  });

  it("keeps a partial answer on the clock and takes a complete one off it", () => {
    const partial = deriveRequestState(
      uk,
      story(uk, [{ type: "answer-received", on: "2026-09-20", data: { completeness: "partial", missing: ["retention"] } }]),
    );
    expect(partial).toMatchObject({ status: "partial", stage: STAGE.clock, answer: { completeness: "partial", missing: ["retention"] } });
    const done = deriveRequestState(
      uk,
      story(uk, [
        { type: "answer-received", on: "2026-09-20", data: { completeness: "complete" } },
        { type: "completed", on: "2026-09-21" },
      ]),
    );
    expect(done).toMatchObject({ status: "completed", stage: STAGE.done, closed: { type: "completed", on: "2026-09-21" } });
  });

  it("is overdue only while the organisation owes an answer and its last day has ended where it is", () => {
    const state = deriveRequestState(uk, [sent(uk)]);
    expect(isOverdue(state, new Date("2026-10-05T22:59:59Z"))).toBe(false);
    expect(isOverdue(state, new Date("2026-10-05T23:00:00Z"))).toBe(true);
    const refused = deriveRequestState(uk, story(uk, [{ type: "refused", on: "2026-09-10", data: { reason: "Excessive" } }]));
    expect(refused).toMatchObject({ status: "refused", stage: STAGE.held, refusal: { reason: "Excessive" } });
    expect(isOverdue(refused, new Date("2027-01-01"))).toBe(false);
  });

  it("counts an appeal's own deadline from the day of the appeal (Virginia: 60 days)", () => {
    const events = story(va, [
      { type: "refused", on: "2026-10-01", data: { reason: "Could not verify" } },
      { type: "appealed", on: "2026-11-01" },
    ]);
    const state = deriveRequestState(va, events);
    expect(state).toMatchObject({ status: "appealed", stage: STAGE.clock });
    expect(state.deadline).toMatchObject({ kind: "appeal", right: "appeal", dueDate: "2026-12-31" });
  });

  it("leaves undone entries out of the status and the deadline but keeps them in the log", () => {
    const events = story(uk, [{ type: "extension-claimed", on: "2026-09-20" }]);
    const target = undoTarget(events)!;
    expect(target.type).toBe("extension-claimed");
    events.push(ev("undone", "2026-09-21", { eventId: target.id }));
    const state = deriveRequestState(uk, events);
    expect(state).toMatchObject({ status: "sent", deadline: { dueDate: "2026-10-05" } });
    expect(state.undoneIds.has(target.id)).toBe(true);
    expect(state.active.map((e) => e.type)).toEqual(["sent"]);
    expect(undoTarget(events)).toBeNull();
  });
});

describe("checkTransition", () => {
  const at = (on: string) => ({ today: on, now: new Date(`${on}T12:00:00Z`) });

  it("refuses a second extension where the law allows one, saying which date stays", () => {
    const events = story(uk, [{ type: "extension-claimed", on: "2026-09-20" }]);
    const check = checkTransition(uk, events, { type: "extension-claimed", on: "2026-09-25" }, at("2026-09-25"));
    expect(check).toEqual({
      ok: false,
      reason: "invalid-transition",
      message: expect.stringMatching(
        /already claimed an extension on Sunday, 20 September 2026\. UK GDPR allows one extension \(UK GDPR Art\. 12\(3\).*it stays Thursday, 3 December 2026\./,
      ),
    });
  });

  it("refuses dates before sending, in the future, or before the last entry", () => {
    const events = story(uk, [{ type: "acknowledged", on: "2026-09-10" }]);
    expect(checkTransition(uk, events, { type: "answer-received", on: "2026-09-01" }, at("2026-09-20"))).toMatchObject({
      reason: "invalid-date",
      message: expect.stringMatching(/sent on Thursday, 3 September 2026/),
    });
    expect(checkTransition(uk, events, { type: "answer-received", on: "2026-09-21" }, at("2026-09-20"))).toMatchObject({
      reason: "invalid-date",
      message: expect.stringMatching(/future/),
    });
    expect(checkTransition(uk, events, { type: "answer-received", on: "2026-09-09" }, at("2026-09-20"))).toMatchObject({
      reason: "invalid-date",
      message: expect.stringMatching(/"They confirmed receipt", is dated/),
    });
    expect(checkTransition(uk, events, { type: "answer-received", on: "2026-02-30" }, at("2026-09-20"))).toMatchObject({ reason: "invalid-date" });
  });

  it("allows a reminder and a complaint only once the deadline has passed, or after a partial answer", () => {
    const events = [sent(uk)];
    const early = checkTransition(uk, events, { type: "follow-up-sent", on: "2026-10-05" }, at("2026-10-05"));
    expect(early).toMatchObject({
      ok: false,
      message: "The organisation has until Monday, 5 October 2026 to answer. A reminder can go out once that day has passed.",
    });
    expect(checkTransition(uk, events, { type: "complaint-filed", on: "2026-10-05" }, at("2026-10-05"))).toMatchObject({ ok: false });
    expect(checkTransition(uk, events, { type: "follow-up-sent", on: "2026-10-06" }, at("2026-10-06"))).toMatchObject({
      ok: true,
      state: { status: "follow-up-sent", stage: STAGE.clock },
    });
    const partial = story(uk, [{ type: "answer-received", on: "2026-09-20", data: { completeness: "partial" } }]);
    expect(checkTransition(uk, partial, { type: "follow-up-sent", on: "2026-09-21" }, at("2026-09-21")).ok).toBe(true);
  });

  it("refuses an appeal where the law has none, and before a refusal where it has one", () => {
    const refused = story(uk, [{ type: "refused", on: "2026-09-10", data: { reason: "No" } }]);
    expect(checkTransition(uk, refused, { type: "appealed", on: "2026-09-11" }, at("2026-09-11"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UK GDPR gives no appeal/),
    });
    expect(checkTransition(va, [sent(va)], { type: "appealed", on: "2026-09-11" }, at("2026-09-11"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/record their refusal/),
    });
  });

  it("refuses a reply to a question nobody asked, and anything after the request was closed", () => {
    expect(checkTransition(uk, [sent(uk)], { type: "identity-received", on: "2026-09-11" }, at("2026-09-11"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/have not asked for proof of identity/),
    });
    const closed = story(uk, [{ type: "withdrawn", on: "2026-09-12" }]);
    expect(allowedEvents(deriveRequestState(uk, closed), uk, new Date("2026-09-13"))).toEqual([]);
    expect(checkTransition(uk, closed, { type: "answer-received", on: "2026-09-13" }, at("2026-09-13"))).toMatchObject({
      message: expect.stringMatching(/withdrawn on Saturday, 12 September 2026/),
    });
  });

  it("offers the steps that fit the story so far", () => {
    const fresh = allowedEvents(deriveRequestState(uk, [sent(uk)]), uk, new Date("2026-09-10"));
    expect(fresh).toEqual([
      "acknowledged",
      "identity-requested",
      "clarification-requested",
      "extension-claimed",
      "answer-received",
      "refused",
      "completed",
      "withdrawn",
    ]);
    const late = allowedEvents(deriveRequestState(uk, [sent(uk)]), uk, new Date("2026-10-06"));
    expect(late).toContain("follow-up-sent");
    expect(late).toContain("complaint-filed");
    expect(late).not.toContain("appealed");
  });

  it("walks sent → extension → overdue → reminder → complaint with the engine's dates", () => {
    const events = story(uk, [
      { type: "extension-claimed", on: "2026-09-28" },
      { type: "follow-up-sent", on: "2026-12-04" },
      { type: "complaint-filed", on: "2026-12-20", data: { authority: "Information Commissioner's Office (ICO)" } },
    ]);
    const state = deriveRequestState(uk, events);
    expect(state).toMatchObject({
      status: "complaint-filed",
      stage: STAGE.held,
      followUps: ["2026-12-04"],
      complaint: { authority: "Information Commissioner's Office (ICO)" },
    });
    expect(state.deadline.dueDate).toBe(
      computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: "2026-09-03", events: [{ type: "extension-claimed", on: "2026-09-28" }] }).respondBy,
    );
  });
});
