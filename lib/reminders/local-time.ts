// Wall-clock arithmetic in a named zone, independent of the machine's zone: reminders go out at a
// local hour and never at night where the user is.
import { addDays } from "@/lib/law/calendar-date";
import { formatterFor as formatter } from "@/lib/law/time-zone";

export function isTimeZone(value: string): boolean {
  try {
    formatter(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in the zone, as milliseconds as if it were UTC (seconds precision). */
function wallMs(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second);
}

export type LocalParts = { date: string; hour: number; minute: number };

export function localParts(instant: Date, timeZone: string): LocalParts {
  const wall = new Date(wallMs(instant.getTime(), timeZone));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The instant the zone's clocks read `date` at `hour`:00. An hour skipped by a clock change
 * resolves to the same reading after the change, which is still after the skipped hour.
 */
export function localInstant(date: string, hour: number, timeZone: string): Date {
  const target = Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000;
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const next = target - (wallMs(guess, timeZone) - guess);
    if (next === guess) break;
    guess = next;
  }
  if (wallMs(guess, timeZone) === target) return new Date(guess);
  const before = target - (wallMs(target - 86_400_000, timeZone) - (target - 86_400_000));
  const after = target - (wallMs(target + 86_400_000, timeZone) - (target + 86_400_000));
  return new Date(Math.max(before, after));
}

export type QuietHours = { quietFrom: number; quietTo: number };

/** Quiet hours may wrap midnight (21 → 8); equal ends mean none. */
export function isQuietHour(hour: number, { quietFrom, quietTo }: QuietHours): boolean {
  if (quietFrom === quietTo) return false;
  return quietFrom < quietTo ? hour >= quietFrom && hour < quietTo : hour >= quietFrom || hour < quietTo;
}

/** The instant itself, or the end of the quiet hours it falls in. */
export function nextAllowedInstant(instant: Date, timeZone: string, quiet: QuietHours): Date {
  const local = localParts(instant, timeZone);
  if (!isQuietHour(local.hour, quiet)) return instant;
  const day = local.hour < quiet.quietTo ? local.date : addDays(local.date, 1);
  return localInstant(day, quiet.quietTo, timeZone);
}
