import { useTranslations } from "next-intl";
import type { ReminderSummary } from "../data";
import { formatReminderTime, reminderOutcome } from "../labels";
import { daysBeforeOf } from "../schema";

/** What happened to each reminder email about a request, newest first, errors included. */
export function DeliveryHistory({ summary, headingId = "reminder-history" }: { summary: ReminderSummary | undefined; headingId?: string }) {
  const history = summary?.history ?? [];
  const t = useTranslations("tracking");
  const dateLocale = useTranslations("locale")("dateLocale");
  const kindLabel = (kind: string) => {
    if (kind === "digest") return t("reminderKind.digest");
    if (kind === "overdue-1d") return t("reminderKind.overdue");
    const days = daysBeforeOf(kind);
    return days === null ? kind : t("reminderKind.before", { days });
  };
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("history.title")}</h2>
      {history.length === 0 ? (
        <p className="muted">{t("history.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("history.when")}</th>
                <th scope="col">{t("history.reminder")}</th>
                <th scope="col">{t("history.what")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => {
                const outcome = reminderOutcome(entry);
                const when = entry.sentAt ?? entry.updatedAt;
                return (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={when.toISOString()}>{formatReminderTime(when, summary!.timeZone, dateLocale)}</time>
                    </td>
                    <td>{kindLabel(entry.kind)}</td>
                    <td>
                      <span className={`badge ${outcome.tone}`}>{t(`history.outcome.${outcome.key}`)}</span>
                      {entry.attempts > 1 && entry.status !== "cancelled" ? (
                        <span className="small muted"> {t("history.attempts", { count: entry.attempts })}</span>
                      ) : null}
                      {entry.lastError && entry.status !== "sent" ? (
                        <div className="small muted">{entry.lastError.replace(/^Cancelled: /, "Why: ")}</div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
