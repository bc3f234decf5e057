import Link from "next/link";
import type { ReminderSummary } from "../data";
import { formatReminderTime, reminderKindLabel } from "../labels";

/** One line for a request card: when the next reminder email goes out, or that none will. */
export function NextReminder({ summary }: { summary: ReminderSummary | undefined }) {
  const next = summary?.next;
  if (!next) {
    return (
      <p className="small muted">
        No reminder planned. <Link href="/settings/reminders">Reminder settings</Link>
      </p>
    );
  }
  return (
    <p className="small">
      Next reminder: <time dateTime={next.sendAt.toISOString()}>{formatReminderTime(next.sendAt, summary.timeZone)}</time>{" "}
      <span className="muted">({reminderKindLabel(next.kind).toLowerCase()})</span>
    </p>
  );
}
