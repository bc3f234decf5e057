import Holidays from "date-holidays";
import { fromParts, isWeekend, toParts, weekday, type DayNumber } from "./calendar-date";
import { DeadlineInputError } from "./errors";
import { STATUTORY_HOLIDAYS, type StatutoryHoliday, type StatutoryHolidayList } from "./holiday-lists";

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
  const days = statutory ? statutoryDays(statutory, year) : new Map<DayNumber, string>();
  if (!statutory) {
    const { country, state } = splitRegion(region);
    const source = state ? new Holidays(country, state, { types: ["public"] }) : new Holidays(country, { types: ["public"] });
    for (const holiday of source.getHolidays(year, "en")) add(days, dayOf(holiday.date), holiday.name);
  }
  yearCache.set(key, days);
  return days;
}

// `date` is the local calendar date in the region ("2025-12-26 00:00:00"), whatever the machine's zone.
function dayOf(date: string): DayNumber {
  const [y, m, d] = date.slice(0, 10).split("-").map(Number);
  return fromParts(y!, m!, d!);
}

function add(days: Map<DayNumber, string>, day: DayNumber, name: string): void {
  days.set(day, days.has(day) ? `${days.get(day)}, ${name}` : name);
}

/** A statutory list: each rule on its own, so spans and substitute days can see the other holidays. */
function statutoryDays(list: StatutoryHolidayList, year: number): Map<DayNumber, string> {
  const days = new Map<DayNumber, string>();
  const groups: { holiday: StatutoryHoliday; dates: DayNumber[] }[] = [];
  for (const holiday of list.holidays.filter((h) => (h.from === undefined || year >= h.from) && (h.until === undefined || year <= h.until))) {
    const source = new Holidays();
    source.setHoliday(holiday.rule, { name: holiday.name, type: "public" });
    // A lunar holiday near New Year may sit in the neighbouring Gregorian year; its span may cross into this one.
    const found = [year - 1, year, year + 1].flatMap((y) => source.getHolidays(y, "en").map((h) => dayOf(h.date)));
    const dates = [...new Set(found.flatMap((day) => (holiday.span ?? [0]).map((offset) => day + offset)))].filter((day) => toParts(day).year === year);
    for (const day of dates) add(days, day, holiday.name);
    groups.push({ holiday, dates });
  }
  // One substitute per lost day: two holidays on one date (Buddha's Birthday on Children's Day) give one.
  const compensated = new Set<DayNumber>();
  for (const { holiday, dates } of groups) {
    if (!holiday.substitute || dates.length === 0) continue;
    const rest = (day: DayNumber) => weekday(day) === 0 || (holiday.substitute === "weekend" && weekday(day) === 6);
    const lost = dates.filter((day) => !compensated.has(day) && (rest(day) || (days.get(day) ?? "").includes(", ")));
    if (lost.length === 0) continue;
    for (const day of lost) compensated.add(day);
    let next = Math.max(...dates) + 1;
    while (days.has(next) || isWeekend(next)) next += 1;
    add(days, next, `${holiday.name} (substitute holiday)`);
  }
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
