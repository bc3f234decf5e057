import Holidays from "date-holidays";
import { fromParts, isWeekend, toParts, weekday, type DayNumber } from "./calendar-date";
import { DeadlineInputError } from "./errors";
import { STATUTORY_HOLIDAYS } from "./holiday-lists";

/** A region in date-holidays terms: 'NL', 'GB-ENG', 'US-CA'. */
export type HolidayRegion = string;

export interface WorkingCalendar {
  region: HolidayRegion;
  /** The statute the holiday list comes from, where the product keeps its own list for the region. */
  citation?: string;
  /** The public holiday's name, or undefined when the day is not a public holiday. */
  holidayName(day: DayNumber): string | undefined;
  /** Neither a rest day of the regime's rule on computing time nor a holiday. */
  isWorkingDay(day: DayNumber): boolean;
  /** Monday to Friday and not a holiday: for periods the law counts in business days. */
  isBusinessDay(day: DayNumber): boolean;
}

export const SATURDAY_AND_SUNDAY: readonly number[] = [0, 6];

const yearCache = new Map<string, ReadonlyMap<DayNumber, string>>();
const countries = new Holidays().getCountries("en");

function splitRegion(region: HolidayRegion): { country: string; state?: string } {
  const [country = "", state, ...rest] = region.toUpperCase().split("-");
  const known = countries[country] !== undefined;
  const stateKnown = state === undefined || new Holidays().getStates(country, "en")?.[state] !== undefined;
  if (!known || !stateKnown || rest.length > 0) {
    throw new DeadlineInputError(
      "unknown-holiday-region",
      `"${region}" is not a holiday region the calculator knows (use e.g. NL, GB-ENG or US-CA).`,
      "holidayRegion",
    );
  }
  return state === undefined ? { country } : { country, state };
}

/**
 * Public holidays only (date-holidays type 'public'): bank, school and optional days are not days
 * off for a business. Substitute days (e.g. a Monday for a Christmas on Sunday) are public holidays.
 */
function holidaysOf(region: HolidayRegion, year: number): ReadonlyMap<DayNumber, string> {
  const key = `${region}:${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const statutory = STATUTORY_HOLIDAYS[region];
  let source: Holidays;
  if (statutory) {
    source = new Holidays();
    for (const holiday of statutory.holidays) {
      if (holiday.from === undefined || year >= holiday.from) source.setHoliday(holiday.rule, { name: holiday.name, type: "public" });
    }
  } else {
    const { country, state } = splitRegion(region);
    source = state ? new Holidays(country, state, { types: ["public"] }) : new Holidays(country, { types: ["public"] });
  }
  const days = new Map<DayNumber, string>();
  for (const holiday of source.getHolidays(year, "en")) {
    // `date` is the local calendar date in the region ("2025-12-26 00:00:00"), whatever the machine's zone.
    const [y, m, d] = holiday.date.slice(0, 10).split("-").map(Number);
    const day = fromParts(y!, m!, d!);
    days.set(day, days.has(day) ? `${days.get(day)}, ${holiday.name}` : holiday.name);
  }
  yearCache.set(key, days);
  return days;
}

export function assertHolidayRegion(region: HolidayRegion): void {
  splitRegion(region);
}

/** restDays: the weekdays the regime's rule treats as days off (0 = Sunday); Saturday and Sunday unless given. */
export function workingCalendar(region: HolidayRegion, restDays: readonly number[] = SATURDAY_AND_SUNDAY): WorkingCalendar {
  const normalized = region.toUpperCase();
  assertHolidayRegion(normalized);
  const holidayName = (day: DayNumber) => holidaysOf(normalized, toParts(day).year).get(day);
  const citation = STATUTORY_HOLIDAYS[normalized]?.citation;
  return {
    region: normalized,
    ...(citation ? { citation } : {}),
    holidayName,
    isWorkingDay: (day) => !restDays.includes(weekday(day)) && holidayName(day) === undefined,
    isBusinessDay: (day) => !isWeekend(day) && holidayName(day) === undefined,
  };
}

/** The day itself if it is a working day, otherwise the next one. */
export function nextWorkingDay(day: DayNumber, calendar: WorkingCalendar): DayNumber {
  let current = day;
  while (!calendar.isWorkingDay(current)) current += 1;
  return current;
}

/** n working days after the start day; the start day itself is never counted. */
export function addWorkingDays(start: DayNumber, count: number, calendar: WorkingCalendar): DayNumber {
  let current = start;
  let counted = 0;
  while (counted < count) {
    current += 1;
    if (calendar.isBusinessDay(current)) counted += 1;
  }
  return current;
}
