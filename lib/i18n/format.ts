import { createFormatter } from "next-intl";

// Dates and numbers in the reader's language. A stored ISO date ("2025-04-30") is already the local
// calendar day, so it is formatted in UTC. messages/<locale>/locale.json names the Intl locale to
// format with (English is written the British way: "Wednesday 30 April 2025").

export const TIME_ZONE = "UTC";

export type DayFormat = {
  /** "Wednesday 30 April 2025" / "Mittwoch, 30. April 2025" */
  full(isoDate: string): string;
  /** "30 April 2025" / "30. April 2025" */
  long(isoDate: string): string;
  /** A moment (Date or ISO timestamp) with the time, in the given zone. */
  moment(at: Date | string, timeZone?: string): string;
  number(value: number): string;
};

export function dayFormat(formattingLocale: string): DayFormat {
  const format = createFormatter({ locale: formattingLocale, timeZone: TIME_ZONE });
  const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    full: (iso) => format.dateTime(day(iso), { dateStyle: "full", timeZone: "UTC" }),
    long: (iso) => format.dateTime(day(iso), { dateStyle: "long", timeZone: "UTC" }),
    moment: (at, timeZone = TIME_ZONE) => format.dateTime(typeof at === "string" ? new Date(at) : at, { dateStyle: "long", timeStyle: "short", timeZone }),
    number: (value) => format.number(value),
  };
}
