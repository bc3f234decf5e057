import { DeadlineInputError } from "@/lib/law/deadlines";
import { RECORDABLE_EVENT_TYPES, type RecordableEventType, type RequestEventType } from "./event-types";
import {
  activeEvents,
  appealGrant,
  deriveRequestState,
  extensionRule,
  isOverdue,
  regimeOfFacts,
  STAGE,
  type RequestFacts,
  type RequestState,
  type TimelineEvent,
} from "./lifecycle";

// Which events may follow the ones recorded, and why not: every refusal is a sentence the user
// can act on, given as a message key with its values so this module stays pure.

export type NewEvent = { type: RecordableEventType; on: string; data?: Record<string, unknown> };
export type TransitionCheck = { ok: true; state: RequestState } | { ok: false; reason: "invalid-transition" | "invalid-date"; why: WhyNot };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** A refusal as data: the message key (tracking.notYet), plain values, ISO dates and event types, worded where shown (tracking/why-not-text.ts). */
export type WhyNot = {
  code: WhyNotCode;
  values?: Record<string, string>;
  days?: Record<string, string>;
  events?: Record<string, RequestEventType>;
};
export type WhyNotCode =
  | "closedCompleted"
  | "closedWithdrawn"
  | "acknowledgedAlready"
  | "acknowledgeAfterAnswer"
  | "acknowledgeAfterRefusal"
  | "askAfterAnswer"
  | "askAfterRefusal"
  | "askAfterAnswered"
  | "askedIdentityAlready"
  | "askedClarificationAlready"
  | "notAskedIdentity"
  | "notAskedClarification"
  | "notAskedIdentityAskedClarification"
  | "notAskedClarificationAskedIdentity"
  | "extensionAgainLaw"
  | "extensionAgain"
  | "extensionAfterAppeal"
  | "extensionAfterAnswer"
  | "extensionAfterRefusal"
  | "answerComplete"
  | "refusedAlready"
  | "reminderAfterComplaint"
  | "reminderTooEarly"
  | "reminderAfterRefusal"
  | "complainedAlready"
  | "complaintTooEarly"
  | "noAppeal"
  | "appealedAlready"
  | "appealNeedsRefusal"
  | "dateFormat"
  | "dateFuture"
  | "dateBeforeSent"
  | "dateOutOfOrder"
  | "deadline";

const why = (code: WhyNotCode, parts: Omit<WhyNot, "code"> = {}): WhyNot => ({ code, ...parts });

/** Why `type` cannot follow the state, or null when it can. Dates are checked separately. */
export function whyNot(type: RecordableEventType, state: RequestState, facts: RequestFacts, now: Date): WhyNot | null {
  if (state.closed) return why(state.closed.type === "completed" ? "closedCompleted" : "closedWithdrawn", { days: { on: state.closed.on } });
  const answered = state.answer ?? state.refusal;
  const by = state.answer ? "Answer" : state.refusal ? "Refusal" : "Answered";
  const answeredOn: Omit<WhyNot, "code"> = answered ? { days: { on: answered.on } } : {};
  const regime = regimeOfFacts(facts);
  const law = regime?.shortLabel ?? facts.regime;
  switch (type) {
    case "acknowledged":
      if (state.acknowledgedOn) return why("acknowledgedAlready", { days: { on: state.acknowledgedOn } });
      if (answered) return why(state.answer ? "acknowledgeAfterAnswer" : "acknowledgeAfterRefusal", answeredOn);
      return null;
    case "identity-requested":
    case "clarification-requested": {
      if (state.stage !== STAGE.clock || state.status === "partial") return why(`askAfter${by}`, answeredOn);
      if (state.pending)
        return why(state.pending.topic === "identity" ? "askedIdentityAlready" : "askedClarificationAlready", { days: { on: state.pending.since } });
      return null;
    }
    case "identity-received":
    case "clarification-received": {
      const topic = type === "identity-received" ? "identity" : "clarification";
      if (state.pending?.topic === topic) return null;
      if (!state.pending) return why(topic === "identity" ? "notAskedIdentity" : "notAskedClarification");
      return why(topic === "identity" ? "notAskedIdentityAskedClarification" : "notAskedClarificationAskedIdentity", { days: { on: state.pending.since } });
    }
    case "extension-claimed": {
      if (state.extensionClaimedOn) {
        const rule = extensionRule(facts);
        const days = { on: state.extensionClaimedOn, due: state.deadline.dueDate };
        return rule ? why("extensionAgainLaw", { values: { law, citation: rule.citation }, days }) : why("extensionAgain", { days });
      }
      if (state.appeal) return why("extensionAfterAppeal");
      if (answered) return why(state.answer ? "extensionAfterAnswer" : "extensionAfterRefusal", answeredOn);
      return null;
    }
    case "answer-received":
      if (state.answer?.completeness === "complete") return why("answerComplete", { days: { on: state.answer.on } });
      return null;
    case "refused":
      if (state.refusal && !(state.appeal && state.appeal.on >= state.refusal.on)) return why("refusedAlready", { days: { on: state.refusal.on } });
      return null;
    case "follow-up-sent":
      if (state.complaint) return why("reminderAfterComplaint", { days: { on: state.complaint.on } });
      if (state.stage === STAGE.clock && !isOverdue(state, now) && state.status !== "partial")
        return why("reminderTooEarly", { days: { due: state.deadline.dueDate } });
      if (state.refusal && !state.answer) return why("reminderAfterRefusal");
      return null;
    case "complaint-filed":
      if (state.complaint) return why("complainedAlready", { days: { on: state.complaint.on } });
      if (state.stage === STAGE.clock && !isOverdue(state, now) && state.status !== "partial" && !state.appeal) {
        return why("complaintTooEarly", { days: { due: state.deadline.dueDate } });
      }
      return null;
    case "appealed": {
      if (!appealGrant(facts)) return why("noAppeal", { values: { law } });
      if (state.appeal) return why("appealedAlready", { days: { on: state.appeal.on } });
      if (!state.refusal && state.answer?.completeness !== "partial") return why("appealNeedsRefusal");
      return null;
    }
    case "completed":
    case "withdrawn":
      return null;
  }
}

/** Every event the user may record next, in the order the buttons show them. */
export function allowedEvents(state: RequestState, facts: RequestFacts, now: Date): RecordableEventType[] {
  return RECORDABLE_EVENT_TYPES.filter((type) => whyNot(type, state, facts, now) === null);
}

function dateProblem(on: string, facts: RequestFacts, state: RequestState, today: string): WhyNot | null {
  if (!isRealDate(on)) return why("dateFormat");
  if (on > today) return why("dateFuture", { days: { today } });
  if (on < facts.sentOn) return why("dateBeforeSent", { days: { sent: facts.sentOn } });
  const last = state.active.at(-1);
  if (last && on < last.on) return why("dateOutOfOrder", { events: { last: last.type as RequestEventType }, days: { on: last.on } });
  return null;
}

/**
 * Checks one new event against the recorded ones: the date, the order, and whether the law and the
 * story so far allow it. On success, the state with the event applied (what the mutation stores).
 * `today` is the user's calendar day; `now` decides whether the deadline has passed.
 */
export function checkTransition(
  facts: RequestFacts,
  events: readonly TimelineEvent[],
  next: NewEvent,
  { today, now }: { today: string; now: Date },
): TransitionCheck {
  const state = deriveRequestState(facts, events);
  const dateWhy = dateProblem(next.on, facts, state, today);
  if (dateWhy) return { ok: false, reason: "invalid-date", why: dateWhy };
  const refusal = whyNot(next.type, state, facts, now);
  if (refusal) return { ok: false, reason: "invalid-transition", why: refusal };
  const draft: TimelineEvent = { id: "(new)", type: next.type, on: next.on, recordedBy: "user", data: next.data ?? null, createdAt: now };
  try {
    return { ok: true, state: deriveRequestState(facts, [...events, draft]) };
  } catch (error) {
    if (error instanceof DeadlineInputError) return { ok: false, reason: "invalid-transition", why: why("deadline", { values: { detail: error.message } }) };
    throw error;
  }
}

/** The entry "Undo" retracts: the latest one in effect, never the request as sent. */
export function undoTarget(events: readonly TimelineEvent[]): TimelineEvent | null {
  const { active } = activeEvents(events);
  const last = active.at(-1);
  return last && last.type !== "sent" ? last : null;
}
