import { daysBeforeOf } from "./schema";

export function reminderKindLabel(kind: string): string {
  if (kind === "digest") return "Weekly summary";
  if (kind === "overdue-1d") return "The day after the deadline";
  const days = daysBeforeOf(kind);
  return days === null ? kind : days === 1 ? "1 day before the deadline" : `${days} days before the deadline`;
}

export type OutcomeLabel = { text: string; tone: "ok" | "warn" | "bad" | "" };

export function reminderOutcome(entry: { status: string; attempts: number }): OutcomeLabel {
  switch (entry.status) {
    case "sent":
      return { text: "Sent", tone: "ok" };
    case "failed":
      return { text: "Could not be sent", tone: "bad" };
    case "cancelled":
      return { text: "Not sent", tone: "" };
    case "sending":
      return { text: "Sending", tone: "warn" };
    default:
      return entry.attempts > 0 ? { text: "Will try again", tone: "warn" } : { text: "Planned", tone: "" };
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Thu, 26 Mar 2026, 09:00" where the user is. */
export function formatReminderTime(instant: Date, timeZone: string, locale = "en-GB"): string {
  let format = formatters.get(`${locale} ${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(`${locale} ${timeZone}`, format);
  }
  return format.format(instant);
}
