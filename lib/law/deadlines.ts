import { formatIsoDate, parseIsoDate, type DayNumber } from "./calendar-date";
import { runClock } from "./clock";
import { DeadlineInputError } from "./errors";
import { parseEvents, type DeadlineEvent } from "./events";
import { workingCalendar, type WorkingCalendar } from "./holidays";
import { periodEnd, stepFrom, type DeadlineStep } from "./period";
import { findRightGrant, isRegimeId, REGIMES } from "./regimes";
import { assertTimeZone, deadlineEndInstant } from "./time-zone";
import { RIGHT_IDS, type DeadlineRule, type PeriodRule, type Regime, type RegimeId, type RightGrant, type RightId } from "./types";

export { DeadlineInputError } from "./errors";
export type { DeadlineEvent } from "./events";
export type { DeadlineStep } from "./period";

export interface DeadlineInput {
  regime: RegimeId | (string & {});
  right: RightId | (string & {});
  /** 'YYYY-MM-DD', the day the controller received the request. */
  receivedOn: string;
  /** IANA zone of the controller; defaults per regime. */
  timeZone?: string;
  /** date-holidays region of the controller ('GB-ENG', 'NL', 'US-CA'); defaults per regime. */
  holidayRegion?: string;
  /** In date order. */
  events?: readonly DeadlineEvent[];
}

export interface DeadlineResult {
  acknowledgeBy?: string;
  respondBy: string;
  /** End of the respondBy day in the controller's zone, as a UTC ISO instant: store this, show the date. */
  respondByEndsAt: string;
  originalRespondBy: string;
  extendedRespondBy?: string;
  paused?: { from: string; to?: string }[];
  steps: DeadlineStep[];
  /** True when any step is an estimate; the UI then labels the dates as estimates. */
  estimate: boolean;
  timeZone: string;
  holidayRegion: string;
}

function resolveRule(regimeId: string, rightId: string): { regime: Regime; grant: RightGrant; rule: DeadlineRule } {
  if (!isRegimeId(regimeId)) {
    throw new DeadlineInputError("unknown-regime", `"${regimeId}" is not a regime the calculator knows.`, "regime");
  }
  const regime = REGIMES[regimeId];
  if (!(RIGHT_IDS as readonly string[]).includes(rightId)) {
    throw new DeadlineInputError("unknown-right", `"${rightId}" is not a right the calculator knows.`, "right");
  }
  const grant = findRightGrant(regime, rightId as RightId);
  if (!grant) {
    const granted = regime.rights.map((r) => r.right).join(", ");
    throw new DeadlineInputError("right-not-granted", `${regime.shortLabel} does not grant the right "${rightId}". Rights it grants: ${granted}.`, "right");
  }
  return { regime, grant, rule: grant.deadline };
}

/** A right that is not law yet on the day of receipt has no deadline: say so instead of dating it. */
function assertInForce(regime: Regime, grant: RightGrant, receivedOn: string): void {
  const from = [regime.inForceFrom, grant.inForceFrom]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  if (from && receivedOn < from) {
    throw new DeadlineInputError(
      "not-in-force",
      `${grant.title} under ${regime.shortLabel} takes effect on ${from}; a request received on ${receivedOn} has no deadline under it yet.`,
      "receivedOn",
    );
  }
}

/** The period's own weekend rule where it has one (business days), else the regime's general rule. */
export function countingFor(
  regime: Regime,
  period: PeriodRule,
): { monthEnd?: PeriodRule["monthEnd"]; nonWorkingEnd: NonNullable<PeriodRule["nonWorkingEnd"]> } {
  return { monthEnd: period.monthEnd, nonWorkingEnd: period.nonWorkingEnd ?? regime.counting.nonWorkingEnd };
}

function usesHolidays(regime: Regime, rule: DeadlineRule): boolean {
  return [rule.respond, rule.acknowledge].some((p) => p && (p.unit === "business-days" || countingFor(regime, p).nonWorkingEnd.rollForward));
}

/**
 * The dates a controller must meet for one request, with each step that led to them. Pure: the
 * same input gives the same output on any machine and in any TZ. Throws DeadlineInputError for
 * input it cannot date correctly rather than returning a wrong date.
 */
export function computeDeadlines(input: DeadlineInput): DeadlineResult {
  const { regime, grant, rule } = resolveRule(input.regime, input.right);
  const received = parseIsoDate(input.receivedOn, "receivedOn", "The date of receipt");
  assertInForce(regime, grant, input.receivedOn);
  const timeZone = input.timeZone ?? regime.defaultTimeZone;
  assertTimeZone(timeZone);
  const respondCounting = countingFor(regime, rule.respond);
  const calendar: WorkingCalendar = workingCalendar(input.holidayRegion ?? regime.counting.holidays.region, respondCounting.nonWorkingEnd.restDays);
  const events = parseEvents(input.events ?? [], received);

  const { respond, extension } = rule;
  const pauseSource = [rule.clarification, rule.identity].find((clock) => clock.effect === "pause");
  const endOf = (start: DayNumber, pausedDays: number, extended: boolean) => {
    const period = extended && extension?.kind === "fixed" ? extension.totalFromStart : respond;
    const source = extended && extension ? extension : respond;
    return periodEnd({ start, period, source, counting: respondCounting, calendar, pausedDays, pauseSource });
  };

  const steps: DeadlineStep[] = [];
  if (input.holidayRegion === undefined && usesHolidays(regime, rule)) {
    const note = regime.counting.holidays;
    steps.push(stepFrom(note, `${note.rule} (holiday region ${calendar.region})`));
  }
  const acknowledge = rule.acknowledge
    ? periodEnd({ start: received, period: rule.acknowledge, source: rule.acknowledge, counting: countingFor(regime, rule.acknowledge), calendar })
    : undefined;
  if (acknowledge) steps.push(...acknowledge.steps);

  const original = endOf(received, 0, false);
  steps.push(...original.steps);

  const clock = runClock(received, events, rule, (start, paused, extended) => endOf(start, paused, extended).day);
  steps.push(...clock.steps);

  const inForce = endOf(clock.start, clock.pausedDays, false);
  if (clock.start !== received || clock.pausedDays > 0) {
    const [first, ...rest] = inForce.steps;
    if (first) steps.push({ ...first, rule: `Recounted after the events above: ${first.rule}` }, ...rest);
  }
  const extended = extension?.kind === "fixed" ? endOf(clock.start, clock.pausedDays, true) : undefined;
  if (extended) steps.push(...extended.steps);
  else if (extension && !clock.steps.some((step) => step.rule.includes(extension.rule))) {
    steps.push(stepFrom(extension, `Extension: ${extension.rule}`));
  }

  const respondBy = formatIsoDate(clock.extensionClaimed && extended ? extended.day : inForce.day);
  return {
    ...(acknowledge ? { acknowledgeBy: formatIsoDate(acknowledge.day) } : {}),
    respondBy,
    respondByEndsAt: deadlineEndInstant(respondBy, timeZone),
    originalRespondBy: formatIsoDate(original.day),
    ...(extended ? { extendedRespondBy: formatIsoDate(extended.day) } : {}),
    ...(clock.paused.length > 0 ? { paused: clock.paused } : {}),
    steps,
    estimate: steps.some((step) => step.estimate),
    timeZone,
    holidayRegion: calendar.region,
  };
}
