import { addMonthsClamped, describeDay, toParts, type DayNumber } from "./calendar-date";
import { addWorkingDays, nextWorkingDay, type WorkingCalendar } from "./holidays";
import type { NonWorkingEndRule, Period, RuleText } from "./types";

/** One line of the explanation shown next to a computed date. */
export interface DeadlineStep {
  rule: string;
  citation: string;
  estimate: boolean;
}

/** A step citing a rule from the data, with the engine's own sentence about this case. */
export function stepFrom(source: RuleText, rule: string): DeadlineStep {
  return { rule, citation: source.citation, estimate: source.estimate };
}

export interface PeriodEndInput {
  start: DayNumber;
  period: Period;
  /** The sentence and source that set this period (the respond rule, or the extension rule). */
  source: RuleText;
  /** Supplies the month-end and weekend/holiday rules of the regime. */
  counting: { monthEnd?: RuleText | undefined; nonWorkingEnd: NonWorkingEndRule };
  calendar: WorkingCalendar;
  /** Days the clock stood still, added before any roll-forward. */
  pausedDays?: number;
  pauseSource?: RuleText;
}

export interface PeriodEnd {
  day: DayNumber;
  steps: DeadlineStep[];
}

function nonexistentDate(start: DayNumber, months: number): string {
  const { year, month } = toParts(addMonthsClamped(start, months).day);
  const { day } = toParts(start);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function whyNotWorking(day: DayNumber, calendar: WorkingCalendar): string {
  const holiday = calendar.holidayName(day);
  return holiday ? `is a public holiday in ${calendar.region} (${holiday})` : "is on a weekend";
}

/** The roll-forward step cites the holiday list too when a holiday is why the day is off. */
function nonWorkingSource(rule: NonWorkingEndRule, day: DayNumber, calendar: WorkingCalendar): RuleText {
  return calendar.citation && calendar.holidayName(day) ? { ...rule, citation: `${rule.citation}; ${calendar.citation}` } : rule;
}

export function periodEnd(input: PeriodEndInput): PeriodEnd {
  const { start, period, source, counting, calendar } = input;
  const steps: DeadlineStep[] = [];
  const from = `Counted from ${describeDay(start)}`;
  let day: DayNumber;

  if (period.unit === "months") {
    const shifted = addMonthsClamped(start, period.count);
    day = shifted.day;
    if (shifted.clamped) {
      steps.push(stepFrom(source, `${source.rule}. ${from}: ${nonexistentDate(start, period.count)} does not exist`));
      const monthEnd = counting.monthEnd ?? source;
      steps.push(stepFrom(monthEnd, `${monthEnd.rule}: ${describeDay(day)}`));
    } else {
      steps.push(stepFrom(source, `${source.rule}. ${from}: ${describeDay(day)}`));
    }
  } else {
    day = period.unit === "calendar-days" ? start + period.count : addWorkingDays(start, period.count, calendar);
    steps.push(stepFrom(source, `${source.rule}. ${from}: ${describeDay(day)}`));
  }

  const paused = input.pausedDays ?? 0;
  if (paused > 0) {
    day += paused;
    const pause = input.pauseSource ?? source;
    steps.push(stepFrom(pause, `${paused} day${paused === 1 ? "" : "s"} with the clock stopped added: ${describeDay(day)}`));
  }

  if (period.unit !== "business-days" && !calendar.isWorkingDay(day)) {
    const { nonWorkingEnd } = counting;
    const reason = `${describeDay(day)} ${whyNotWorking(day, calendar)}`;
    const source = nonWorkingSource(nonWorkingEnd, day, calendar);
    if (nonWorkingEnd.rollForward) {
      day = nextWorkingDay(day, calendar);
      steps.push(stepFrom(source, `${reason}. ${nonWorkingEnd.rule}: ${describeDay(day)}`));
    } else {
      steps.push(stepFrom(source, `${reason}. ${nonWorkingEnd.rule}, so it stays ${describeDay(day)}`));
    }
  }
  return { day, steps };
}
