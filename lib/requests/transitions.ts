import { DeadlineInputError } from "@/lib/law/deadlines";
import { formatLongDate } from "@/lib/law/labels";
import { EVENT_TITLES, RECORDABLE_EVENT_TYPES, type RecordableEventType, type RequestEventType } from "./event-types";
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
// can act on.

export type NewEvent = { type: RecordableEventType; on: string; data?: Record<string, unknown> };
export type TransitionCheck = { ok: true; state: RequestState } | { ok: false; reason: "invalid-transition" | "invalid-date"; message: string };

const long = formatLongDate;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Why `type` cannot follow the state, or null when it can. Dates are checked separately. */
export function whyNot(type: RecordableEventType, state: RequestState, facts: RequestFacts, now: Date): string | null {
  if (state.closed) {
    const what = state.closed.type === "completed" ? "marked completed" : "withdrawn";
    return `This request was ${what} on ${long(state.closed.on)}. Undo that first if it was a mistake.`;
  }
  const answered = state.answer ?? state.refusal;
  const answeredText = state.answer
    ? `An answer was recorded on ${long(state.answer.on)}`
    : state.refusal
      ? `A refusal was recorded on ${long(state.refusal.on)}`
      : "";
  const regime = regimeOfFacts(facts);
  const law = regime?.shortLabel ?? facts.regime;
  switch (type) {
    case "acknowledged":
      if (state.acknowledgedOn) return `They already confirmed receipt on ${long(state.acknowledgedOn)}.`;
      if (answered) return `${answeredText}: a confirmation of receipt comes before the answer.`;
      return null;
    case "identity-requested":
    case "clarification-requested": {
      if (state.stage !== STAGE.clock || state.status === "partial")
        return `${answeredText || "The organisation has already answered"}: record a new question as a note.`;
      if (state.pending)
        return `They already asked ${state.pending.topic === "identity" ? "for proof of identity" : "for a clarification"} on ${long(state.pending.since)}. Record your reply first.`;
      return null;
    }
    case "identity-received":
    case "clarification-received": {
      const topic = type === "identity-received" ? "identity" : "clarification";
      if (state.pending?.topic === topic) return null;
      return `They have not asked ${topic === "identity" ? "for proof of identity" : "for a clarification"}${state.pending ? `; they asked ${state.pending.topic === "identity" ? "for proof of identity" : "for a clarification"} on ${long(state.pending.since)}` : ""}. Record their question first.`;
    }
    case "extension-claimed": {
      if (state.extensionClaimedOn) {
        const rule = extensionRule(facts);
        const once = rule
          ? ` ${law} allows one extension (${rule.citation}), so a second notice does not move the deadline`
          : " A second notice does not move the deadline";
        return `They already claimed an extension on ${long(state.extensionClaimedOn)}.${once}: it stays ${long(state.deadline.dueDate)}.`;
      }
      if (state.appeal) return "An extension of the first answer cannot follow an appeal.";
      if (answered) return `${answeredText}: an extension has to be claimed before the answer.`;
      return null;
    }
    case "answer-received":
      if (state.answer?.completeness === "complete")
        return `A complete answer was already recorded on ${long(state.answer.on)}. Mark the request completed, or undo the answer to change it.`;
      return null;
    case "refused":
      if (state.refusal && !(state.appeal && state.appeal.on >= state.refusal.on)) return `A refusal was already recorded on ${long(state.refusal.on)}.`;
      return null;
    case "follow-up-sent":
      if (state.complaint) return `You filed a complaint on ${long(state.complaint.on)}; a reminder to the organisation would come before that.`;
      if (state.stage === STAGE.clock && !isOverdue(state, now) && state.status !== "partial") {
        return `The organisation has until ${long(state.deadline.dueDate)} to answer. A reminder can go out once that day has passed.`;
      }
      if (state.refusal && !state.answer) return "They refused: the next step is a complaint or an appeal, not a reminder.";
      return null;
    case "complaint-filed":
      if (state.complaint) return `You already filed a complaint on ${long(state.complaint.on)}.`;
      if (state.stage === STAGE.clock && !isOverdue(state, now) && state.status !== "partial" && !state.appeal) {
        return `The organisation has until ${long(state.deadline.dueDate)} to answer. You can complain once that day has passed, or if it refuses or answers only in part.`;
      }
      return null;
    case "appealed": {
      if (!appealGrant(facts)) return `${law} gives no appeal to the organisation: the next step after a refusal is a complaint to the regulator.`;
      if (state.appeal) return `You already appealed on ${long(state.appeal.on)}.`;
      if (!state.refusal && state.answer?.completeness !== "partial") return "An appeal answers a refusal: record their refusal (or a partial answer) first.";
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

function dateProblem(on: string, facts: RequestFacts, state: RequestState, today: string): string | null {
  if (!isRealDate(on)) return "Enter the date as YYYY-MM-DD.";
  if (on > today) return `That date is in the future: today is ${long(today)}.`;
  if (on < facts.sentOn) return `The request was sent on ${long(facts.sentOn)}; nothing can happen before that.`;
  const last = state.active.at(-1);
  if (last && on < last.on) {
    return `The last entry, "${EVENT_TITLES[last.type as RequestEventType] ?? last.type}", is dated ${long(last.on)}. Record events in the order they happened, or undo the last one first.`;
  }
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
  if (dateWhy) return { ok: false, reason: "invalid-date", message: dateWhy };
  const why = whyNot(next.type, state, facts, now);
  if (why) return { ok: false, reason: "invalid-transition", message: why };
  const draft: TimelineEvent = { id: "(new)", type: next.type, on: next.on, recordedBy: "user", data: next.data ?? null, createdAt: now };
  try {
    return { ok: true, state: deriveRequestState(facts, [...events, draft]) };
  } catch (error) {
    if (error instanceof DeadlineInputError) return { ok: false, reason: "invalid-transition", message: error.message };
    throw error;
  }
}

/** The entry "Undo" retracts: the latest one in effect, never the request as sent. */
export function undoTarget(events: readonly TimelineEvent[]): TimelineEvent | null {
  const { active } = activeEvents(events);
  const last = active.at(-1);
  return last && last.type !== "sent" ? last : null;
}
