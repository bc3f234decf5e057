import { describeDay, formatIsoDate, type DayNumber } from "./calendar-date";
import { DeadlineInputError } from "./errors";
import { EVENT_LABELS, type DatedEvent } from "./events";
import { stepFrom, type DeadlineStep } from "./period";
import type { ClockRule, DeadlineRule } from "./types";

/** The end of the response period for a clock state; injected so the clock knows no calendar rules. */
export type EndOf = (start: DayNumber, pausedDays: number, extended: boolean) => DayNumber;

type Topic = "identity" | "clarification";

interface Stop {
  topic: Topic;
  effect: ClockRule["effect"];
  from: DayNumber;
  to?: DayNumber;
  /** False where it was asked for after the deadline had passed, so it stops nothing. */
  effective: boolean;
  /** The day of the answer stands still too. */
  inclusive: boolean;
}

export interface ClockOutcome {
  start: DayNumber;
  pausedDays: number;
  extensionClaimed: boolean;
  paused: { from: string; to?: string }[];
  steps: DeadlineStep[];
}

/** Days covered by closed pauses on or after the start, counting overlapping pauses once. */
function pausedDaysSince(start: DayNumber, stops: readonly Stop[]): number {
  const ranges = stops
    .filter((stop) => stop.effective && stop.effect === "pause" && stop.to !== undefined)
    .map((stop) => [Math.max(stop.from, start), Math.max(stop.to! + (stop.inclusive ? 1 : 0), start)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = start;
  for (const [from, to] of ranges) {
    const begin = Math.max(from, reached);
    if (to > begin) total += to - begin;
    reached = Math.max(reached, to);
  }
  return total;
}

function topicOf(type: DatedEvent["type"]): { topic: Topic; phase: "requested" | "received" } | undefined {
  const [topic, phase] = type.split("-") as [string, string];
  return topic === "identity" || topic === "clarification" ? { topic, phase: phase as "requested" | "received" } : undefined;
}

export function runClock(received: DayNumber, events: readonly DatedEvent[], rule: DeadlineRule, endOf: EndOf): ClockOutcome {
  const steps: DeadlineStep[] = [];
  const stops: Stop[] = [];
  let start = received;
  let extended = false;
  const deadlineNow = () => endOf(start, pausedDaysSince(start, stops), extended);

  for (const event of events) {
    const when = describeDay(event.day);
    const topic = topicOf(event.type);
    if (!topic) {
      const extension = rule.extension;
      const firstEnd = endOf(start, pausedDaysSince(start, stops), false);
      if (!extension) {
        steps.push(
          stepFrom(rule.respond, `${EVENT_LABELS[event.type]} on ${when}: the law provides no extension for this request, so the deadline does not move`),
        );
      } else if (extended) {
        steps.push(
          stepFrom(extension, `Another extension notice on ${when} does not move the deadline again: the extension is allowed once and is never chained`),
        );
      } else if (extension.kind === "open-ended") {
        steps.push(stepFrom(extension, `${EVENT_LABELS[event.type]} on ${when}. ${extension.rule}`));
      } else if (event.day > firstEnd) {
        steps.push(
          stepFrom(
            extension,
            `${EVENT_LABELS[event.type]} on ${when} came after the deadline of ${describeDay(firstEnd)}, so it does not extend it: notice must be given inside the first period`,
          ),
        );
      } else {
        extended = true;
        steps.push(
          stepFrom(extension, `${EVENT_LABELS[event.type]} given on ${when}, inside the first period: the extended date below is the deadline in force`),
        );
      }
      continue;
    }

    const clockRule = rule[topic.topic];
    const open = stops.find((stop) => stop.topic === topic.topic && stop.to === undefined);
    if (topic.phase === "requested") {
      if (open) {
        throw new DeadlineInputError(
          "unmatched-event",
          `${EVENT_LABELS[event.type]} again on ${when} before the answer to the request of ${describeDay(open.from)}; add the answer first.`,
          "events",
        );
      }
      const afterDeadline = clockRule.effect !== "none" && event.day > deadlineNow();
      stops.push({ topic: topic.topic, effect: clockRule.effect, from: event.day, effective: !afterDeadline, inclusive: clockRule.inclusive === true });
      if (clockRule.effect === "none") {
        steps.push(stepFrom(clockRule, `${EVENT_LABELS[event.type]} on ${when}. ${clockRule.rule}`));
      } else if (afterDeadline) {
        steps.push({
          ...stepFrom(
            clockRule,
            `${EVENT_LABELS[event.type]} on ${when}, after the deadline of ${describeDay(deadlineNow())} had passed, so it does not stop the clock (product's reading)`,
          ),
          estimate: true,
        });
      }
      continue;
    }

    if (!open) {
      throw new DeadlineInputError("unmatched-event", `${EVENT_LABELS[event.type]} on ${when}, but no earlier event asks for it.`, "events");
    }
    open.to = event.day;
    if (!open.effective || open.effect === "none") continue;
    const asked = `${EVENT_LABELS[`${topic.topic}-requested` as const]} on ${describeDay(open.from)} and received on ${when}`;
    if (open.effect === "restart") {
      start = Math.max(start, event.day);
      steps.push(stepFrom(clockRule, `${asked}. ${clockRule.rule}, here ${when}`));
    } else {
      const days = event.day - open.from + (open.inclusive ? 1 : 0);
      steps.push(stepFrom(clockRule, `${asked}: the clock stood still for ${days} day${days === 1 ? "" : "s"}. ${clockRule.rule}`));
    }
  }

  for (const stop of stops) {
    if (stop.to !== undefined || !stop.effective || stop.effect === "none") continue;
    const asked = `${EVENT_LABELS[`${stop.topic}-requested` as const]} on ${describeDay(stop.from)}, no answer yet`;
    const clockRule = rule[stop.topic];
    if (stop.effect === "restart") start = Math.max(start, stop.from);
    steps.push(
      stepFrom(clockRule, `${asked}. ${clockRule.rule}. The date shown assumes an answer that same day; it moves one day later for each day without an answer`),
    );
  }

  const paused = stops
    .filter((stop) => stop.effective && stop.effect !== "none")
    .map((stop) => (stop.to === undefined ? { from: formatIsoDate(stop.from) } : { from: formatIsoDate(stop.from), to: formatIsoDate(stop.to) }));
  return { start, pausedDays: pausedDaysSince(start, stops), extensionClaimed: extended, paused, steps };
}
