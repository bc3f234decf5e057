import type { DeadlineEventType } from "@/lib/law/types";

// The request's lifecycle as events. Each is a row in RequestEvent; the status and the deadline in
// force are computed from them (lifecycle.ts), never edited directly.

export const RECORDABLE_EVENT_TYPES = [
  "acknowledged",
  "identity-requested",
  "identity-received",
  "clarification-requested",
  "clarification-received",
  "extension-claimed",
  "answer-received",
  "refused",
  "follow-up-sent",
  "complaint-filed",
  "appealed",
  "completed",
  "withdrawn",
] as const;
export type RecordableEventType = (typeof RECORDABLE_EVENT_TYPES)[number];

/** 'sent' is written by the wizard; 'undone' retracts an earlier event without deleting it. */
export type RequestEventType = "sent" | "undone" | RecordableEventType;

/** The events the deadline engine counts with; the others do not move the date. */
export const DEADLINE_EVENT_TYPES: readonly DeadlineEventType[] = [
  "extension-claimed",
  "clarification-requested",
  "clarification-received",
  "identity-requested",
  "identity-received",
];

export function isDeadlineEventType(type: string): type is DeadlineEventType {
  return (DEADLINE_EVENT_TYPES as readonly string[]).includes(type);
}

/** How the timeline says it, in the user's words. */
export const EVENT_TITLES: Readonly<Record<RequestEventType, string>> = {
  sent: "You sent the request",
  acknowledged: "They confirmed receipt",
  "identity-requested": "They asked for proof of identity",
  "identity-received": "You gave proof of identity",
  "clarification-requested": "They asked you to clarify the request",
  "clarification-received": "You clarified the request",
  "extension-claimed": "They claimed an extension",
  "answer-received": "An answer came",
  refused: "They refused",
  "follow-up-sent": "You sent a reminder",
  "complaint-filed": "You filed a complaint",
  appealed: "You appealed the refusal",
  completed: "Completed",
  withdrawn: "You withdrew the request",
  undone: "An entry was undone",
};
