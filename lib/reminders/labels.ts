import { daysBeforeOf } from "./schema";

export function reminderKindLabel(kind: string): string {
  if (kind === "digest") return "Weekly summary";
  if (kind === "overdue-1d") return "The day after the deadline";
  const days = daysBeforeOf(kind);
  return days === null ? kind : days === 1 ? "1 day before the deadline" : `${days} days before the deadline`;
}

export type OutcomeLabel = { key: "sent" | "failed" | "cancelled" | "sending" | "retrying" | "planned"; text: string; tone: "ok" | "warn" | "bad" | "" };

export function reminderOutcome(entry: { status: string; attempts: number }): OutcomeLabel {
  switch (entry.status) {
    case "sent":
      return { key: "sent", text: "Sent", tone: "ok" };
    case "failed":
      return { key: "failed", text: "Could not be sent", tone: "bad" };
    case "cancelled":
      return { key: "cancelled", text: "Not sent", tone: "" };
    case "sending":
      return { key: "sending", text: "Sending", tone: "warn" };
    default:
      return entry.attempts > 0 ? { key: "retrying", text: "Will try again", tone: "warn" } : { key: "planned", text: "Planned", tone: "" };
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Thu, 26 Mar 2026, 09:00" where the user is. */
export function formatReminderTime(instant: Date, timeZone: string, locale = "en-GB"): string {
  let format = formatters.get(`${locale} ${timeZone}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(`${locale} ${timeZone}`, format);
  }
  return format.format(instant);
}
