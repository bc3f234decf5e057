import { parseIsoDate, toParts } from "./calendar-date";
import { DeadlineInputError } from "./errors";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached wall-clock formatter per zone, shared by the deadline engine and reminder planning. */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function assertTimeZone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new DeadlineInputError("invalid-time-zone", `"${timeZone}" is not an IANA time zone (e.g. Europe/London).`, "timeZone");
  }
}

/** The wall-clock reading in the zone at an instant, expressed as if that reading were UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wholeSeconds + (((instant % 1000) + 1000) % 1000);
}

/**
 * The last millisecond of a calendar day in the controller's zone, as a UTC ISO string.
 * Deadlines end at the end of the day where the controller is; store this, show the date.
 * Handles days that are shortened, lengthened or skipped by zone changes.
 */
export function deadlineEndInstant(date: string, timeZone: string): string {
  assertTimeZone(timeZone);
  const { year, month, day } = toParts(parseIsoDate(date, "receivedOn", "Deadline date"));
  const lastMs = Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  // Zone offsets stay within ±26h (Samoa's skipped day), so the answer lies in this window.
  const hour = 3_600_000;
  let low = lastMs - 40 * hour;
  let high = lastMs + 40 * hour;
  // Find the last instant whose wall clock still reads at most 23:59:59.999 on that day. Where clocks
  // go back over midnight the day's end repeats, and the later occurrence is its true end.
  const candidates = new Set<number>();
  for (const probe of [low, lastMs - 12 * hour, lastMs, lastMs + 12 * hour, high]) {
    candidates.add(lastMs - (wallClockMs(probe, timeZone) - probe));
  }
  const exact = [...candidates].filter((instant) => wallClockMs(instant, timeZone) === lastMs);
  if (exact.length > 0) return new Date(Math.max(...exact)).toISOString();
  // The end of the day falls in a gap (the day was cut short or skipped): end just before the next day.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (wallClockMs(mid, timeZone) > lastMs) high = mid;
    else low = mid;
  }
  return new Date(low).toISOString();
}
