import { DeadlineInputError, type DeadlineInputField } from "./errors";

/**
 * A calendar day as a whole number of days since 1970-01-01. Working on day numbers (built with
 * Date.UTC only) keeps every computation independent of the machine's time zone. No date library:
 * Date.UTC and Intl (time-zone.ts) are all a legal period needs, and day numbers make holidays and
 * "n days later" plain integer sets and sums.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// date-holidays and the Intl zone data are only meaningful for modern dates.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function fromParts(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function toParts(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Strict 'YYYY-MM-DD': rejects 2025-02-30 instead of rolling it over to March like Date does. */
export function parseIsoDate(value: string, field: DeadlineInputField, label = "Date"): DayNumber {
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new DeadlineInputError("invalid-date", `${label} "${value}" is not a date in the form YYYY-MM-DD.`, field);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DeadlineInputError("invalid-date", `${label} "${value}" does not exist in the calendar.`, field);
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new DeadlineInputError("date-out-of-range", `${label} "${value}" is outside the years ${MIN_YEAR}–${MAX_YEAR} the calculator supports.`, field);
  }
  return fromParts(year, month, day);
}

export function formatIsoDate(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = toParts(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
}

/** 'YYYY-MM-DD' moved by whole days (negative goes back); a date that does not exist is refused. */
export function addDays(iso: string, days: number): string {
  return formatIsoDate(parseIsoDate(iso, "receivedOn", "The date") + days);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const dow = weekday(day);
  return dow === 0 || dow === 6;
}

/** "2025-04-30 (Wednesday)": steps show the weekday so a reader can check a roll-forward. */
export function describeDay(day: DayNumber): string {
  return `${formatIsoDate(day)} (${WEEKDAY_NAMES[weekday(day)]})`;
}

export interface MonthShift {
  day: DayNumber;
  /** The same date did not exist in the target month, so the last day of that month was used. */
  clamped: boolean;
}

/** Same date n months later; where that date does not exist, the last day of that month. */
export function addMonthsClamped(start: DayNumber, months: number): MonthShift {
  const { year, month, day } = toParts(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  return { day: fromParts(targetYear, targetMonth, Math.min(day, lastDay)), clamped: day > lastDay };
}
