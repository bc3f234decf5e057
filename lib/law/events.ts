import { describeDay, parseIsoDate, type DayNumber } from "./calendar-date";
import { DeadlineInputError } from "./errors";
import { DEADLINE_EVENT_TYPES, type DeadlineEventType } from "./types";

export interface DeadlineEvent {
  type: DeadlineEventType;
  /** 'YYYY-MM-DD' */
  on: string;
}

export interface DatedEvent {
  type: DeadlineEventType;
  day: DayNumber;
}

export const EVENT_LABELS: Readonly<Record<DeadlineEventType, string>> = {
  "extension-claimed": "Extension notice",
  "clarification-requested": "Clarification asked for",
  "clarification-received": "Clarification received",
  "identity-requested": "Identity proof asked for",
  "identity-received": "Identity proof received",
};

function isEventType(value: unknown): value is DeadlineEventType {
  return typeof value === "string" && (DEADLINE_EVENT_TYPES as readonly string[]).includes(value);
}

/** Checks each event's type and date, that none precedes receipt, and that they come in date order. */
export function parseEvents(events: readonly DeadlineEvent[], received: DayNumber): DatedEvent[] {
  const dated: DatedEvent[] = [];
  events.forEach((event, index) => {
    const position = `Event ${index + 1}`;
    if (!isEventType(event.type)) {
      throw new DeadlineInputError("unknown-event", `${position} has an unknown type "${String(event.type)}".`, "events");
    }
    const label = `${position} (${EVENT_LABELS[event.type]})`;
    const day = parseIsoDate(event.on, "events", `The date of ${label.toLowerCase()}`);
    if (day < received) {
      throw new DeadlineInputError(
        "event-before-receipt",
        `${label} is dated ${describeDay(day)}, before the request was received on ${describeDay(received)}.`,
        "events",
      );
    }
    const previous = dated.at(-1);
    if (previous && day < previous.day) {
      throw new DeadlineInputError(
        "events-out-of-order",
        `${label} is dated ${describeDay(day)}, before the event listed above it (${describeDay(previous.day)}); list events in date order.`,
        "events",
      );
    }
    dated.push({ type: event.type, day });
  });
  return dated;
}
