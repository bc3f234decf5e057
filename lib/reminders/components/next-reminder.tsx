import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReminderSummary } from "../data";
import { daysBeforeOf } from "../schema";
import { formatReminderTime } from "../labels";

/** One line for a request card: when the next reminder email goes out, or that none will. */
export function NextReminder({ summary }: { summary: ReminderSummary | undefined }) {
  const t = useTranslations("tracking");
  const dateLocale = useTranslations("locale")("dateLocale");
  const next = summary?.next;
  const kindLabel = (kind: string) => {
    if (kind === "digest") return t("reminderKind.digest");
    if (kind === "overdue-1d") return t("reminderKind.overdue");
    const days = daysBeforeOf(kind);
    return days === null ? kind : t("reminderKind.before", { days });
  };
  if (!next) {
    return (
      <p className="small muted">
        {t("dashboard.noReminder")} <Link href="/settings/reminders">{t("dashboard.reminderSettings")}</Link>
      </p>
    );
  }
  return (
    <p className="small">
      {t("dashboard.nextReminder")} <time dateTime={next.sendAt.toISOString()}>{formatReminderTime(next.sendAt, summary.timeZone, dateLocale)}</time>{" "}
      <span className="muted">({kindLabel(next.kind)})</span>
    </p>
  );
}
