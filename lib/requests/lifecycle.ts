import { computeDeadlines, type DeadlineEvent, type DeadlineResult, type DeadlineStep } from "@/lib/law/deadlines";
import { findRightGrant, isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";
import { holidayRegionOfRequest } from "./establishment";
import { isDeadlineEventType, type RequestEventType } from "./event-types";

// The request's status and the deadline in force, computed from its events. Pure: the same events
// give the same state on any machine, so the stored columns can always be recomputed.

export type TimelineEvent = { id: string; type: string; on: string; recordedBy: string; data: unknown; createdAt: Date };
/** serviceRef, where known, names the catalogue version whose establishment decides the holidays. */
export type RequestFacts = { regime: string; rights: readonly string[]; sentOn: string; serviceRef?: string };

export type { RequestStatus } from "./statuses";
import type { RequestStatus } from "./statuses";

/** 0: the organisation owes an answer by the deadline; 1: nothing is due from it; 2: done. */
export const STAGE = { clock: 0, held: 1, done: 2 } as const;
export type Stage = (typeof STAGE)[keyof typeof STAGE];

export type AnswerCompleteness = "complete" | "partial";

export type CurrentDeadline = {
  /** 'appeal' once the user has appealed: the controller's time to decide the appeal. */
  kind: "response" | "appeal";
  right: RightId;
  dueDate: string;
  dueAt: Date;
  originalDueDate: string;
  extendedDueDate?: string;
  acknowledgeBy?: string;
  paused?: { from: string; to?: string }[];
  steps: DeadlineStep[];
  estimate: boolean;
  timeZone: string;
};

export type RequestState = {
  status: RequestStatus;
  stage: Stage;
  /** The events in effect, oldest first: undone entries and the undo rows themselves left out. */
  active: TimelineEvent[];
  undoneIds: ReadonlySet<string>;
  deadline: CurrentDeadline;
  acknowledgedOn?: string;
  extensionClaimedOn?: string;
  pending?: { topic: "identity" | "clarification"; since: string };
  answer?: { on: string; completeness: AnswerCompleteness; missing: string[] };
  refusal?: { on: string; reason: string };
  followUps: string[];
  complaint?: { on: string; authority: string };
  appeal?: { on: string };
  closed?: { type: "completed" | "withdrawn"; on: string };
};

const CLOCK_STATUSES: readonly RequestStatus[] = ["sent", "acknowledged", "awaiting-you", "extended"];

export const STAGE_OF: Readonly<Record<RequestStatus, Stage>> = {
  sent: 0,
  acknowledged: 0,
  "awaiting-you": 0,
  extended: 0,
  partial: 0,
  appealed: 0,
  // A reminder changes nothing about who owes what; the stage before it stays (see below).
  "follow-up-sent": 0,
  answered: 1,
  refused: 1,
  "complaint-filed": 1,
  completed: 2,
  withdrawn: 2,
};

const record = (data: unknown): Record<string, unknown> => (data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {});
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

export function undoneEventId(event: Pick<TimelineEvent, "type" | "data">): string | null {
  return event.type === "undone" ? text(record(event.data).eventId) || null : null;
}

export function activeEvents(events: readonly TimelineEvent[]): { active: TimelineEvent[]; undoneIds: Set<string> } {
  const undoneIds = new Set(events.map(undoneEventId).filter((id): id is string => id !== null));
  return { active: events.filter((event) => event.type !== "undone" && !undoneIds.has(event.id)), undoneIds };
}

function latestResult(results: { right: RightId; result: DeadlineResult }[]) {
  return results.reduce((best, item) => (item.result.respondByEndsAt > best.result.respondByEndsAt ? item : best));
}

/**
 * The deadline in force: for each right, the engine's date with the events that move it, and the
 * latest of them (the date the letter states). After an appeal, the law's time to decide it.
 * Throws DeadlineInputError where the events cannot be dated, like the engine.
 */
export function currentDeadline(facts: RequestFacts, active: readonly TimelineEvent[], appealedOn?: string): CurrentDeadline {
  const events: DeadlineEvent[] = active.filter((e) => isDeadlineEventType(e.type)).map((e) => ({ type: e.type as DeadlineEvent["type"], on: e.on }));
  const rights = (appealedOn ? ["appeal"] : facts.rights) as RightId[];
  if (rights.length === 0) throw new Error("A request needs at least one right");
  const holidayRegion = holidayRegionOfRequest(facts);
  const where = holidayRegion ? { holidayRegion } : {};
  const results = rights.map((right) => ({
    right,
    result: appealedOn
      ? computeDeadlines({ regime: facts.regime, right, receivedOn: appealedOn, ...where })
      : computeDeadlines({ regime: facts.regime, right, receivedOn: facts.sentOn, events, ...where }),
  }));
  const { right, result } = latestResult(results);
  return {
    kind: appealedOn ? "appeal" : "response",
    right,
    dueDate: result.respondBy,
    dueAt: new Date(result.respondByEndsAt),
    originalDueDate: result.originalRespondBy,
    ...(result.extendedRespondBy ? { extendedDueDate: result.extendedRespondBy } : {}),
    ...(result.acknowledgeBy ? { acknowledgeBy: result.acknowledgeBy } : {}),
    ...(result.paused ? { paused: result.paused } : {}),
    steps: result.steps,
    estimate: results.some((r) => r.result.estimate),
    timeZone: result.timeZone,
  };
}

type Fold = Omit<RequestState, "active" | "undoneIds" | "deadline">;

function clockStatus(s: Fold): RequestStatus {
  if (s.pending) return "awaiting-you";
  if (s.extensionClaimedOn) return "extended";
  return s.acknowledgedOn ? "acknowledged" : "sent";
}

function apply(s: Fold, event: TimelineEvent): void {
  const type = event.type as RequestEventType;
  const data = record(event.data);
  const set = (status: RequestStatus) => {
    s.status = status;
    s.stage = STAGE_OF[status];
  };
  const onClock = CLOCK_STATUSES.includes(s.status);
  switch (type) {
    case "acknowledged":
      s.acknowledgedOn = event.on;
      break;
    case "identity-requested":
    case "clarification-requested":
      s.pending = { topic: type === "identity-requested" ? "identity" : "clarification", since: event.on };
      break;
    case "identity-received":
    case "clarification-received":
      delete s.pending;
      break;
    case "extension-claimed":
      s.extensionClaimedOn = event.on;
      break;
    case "answer-received": {
      const completeness: AnswerCompleteness = data.completeness === "partial" ? "partial" : "complete";
      s.answer = { on: event.on, completeness, missing: strings(data.missing) };
      set(completeness === "partial" ? "partial" : "answered");
      return;
    }
    case "refused":
      s.refusal = { on: event.on, reason: text(data.reason) };
      set("refused");
      return;
    case "follow-up-sent": {
      s.followUps.push(event.on);
      const stage = s.stage;
      set("follow-up-sent");
      s.stage = stage;
      return;
    }
    case "complaint-filed":
      s.complaint = { on: event.on, authority: text(data.authority) };
      set("complaint-filed");
      return;
    case "appealed":
      s.appeal = { on: event.on };
      set("appealed");
      return;
    case "completed":
    case "withdrawn":
      s.closed = { type, on: event.on };
      set(type);
      return;
    default:
      return;
  }
  if (onClock) set(clockStatus(s));
}

/** Status, stage, deadline and the facts the pages show, from the request and all its events. */
export function deriveRequestState(facts: RequestFacts, events: readonly TimelineEvent[]): RequestState {
  const { active, undoneIds } = activeEvents(events);
  const fold: Fold = { status: "sent", stage: STAGE.clock, followUps: [] };
  for (const event of active) apply(fold, event);
  return { ...fold, active, undoneIds, deadline: currentDeadline(facts, active, fold.appeal?.on) };
}

export function isOverdue(state: Pick<RequestState, "stage" | "deadline">, now: Date): boolean {
  return state.stage === STAGE.clock && now.getTime() > state.deadline.dueAt.getTime();
}

export function regimeOfFacts(facts: RequestFacts) {
  return isRegimeId(facts.regime) ? REGIMES[facts.regime] : undefined;
}

/** Whether the request's law gives an appeal of a refusal (the US state laws that have one). */
export function appealGrant(facts: RequestFacts) {
  const regime = regimeOfFacts(facts);
  return regime ? findRightGrant(regime, "appeal") : undefined;
}

/** The extension rule of the right whose deadline is latest, if the law gives one. */
export function extensionRule(facts: RequestFacts) {
  const regime = regimeOfFacts(facts);
  if (!regime) return undefined;
  return facts.rights.map((right) => findRightGrant(regime, right as RightId)?.deadline.extension).find(Boolean);
}
