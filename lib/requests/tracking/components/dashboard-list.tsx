import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { NextReminder } from "@/lib/reminders/components/next-reminder";
import type { ReminderSummary } from "@/lib/reminders/data";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import { isoDateIn } from "../../dates";
import { daysUntil } from "../../status-labels";
import { REQUEST_STATUSES } from "../../statuses";
import type { DashboardItem } from "../data";
import { groupOf } from "../dashboard-query";
import { quickEventsFor } from "../quick-events";
import styles from "./dashboard.module.css";
import { QuickActions } from "./quick-actions";

function DueBadge({ item, now }: { item: DashboardItem; now: Date }) {
  const t = useTranslations("tracking.dashboard");
  const group = groupOf(item, now);
  const zone = isRegimeId(item.regime) ? REGIMES[item.regime].defaultTimeZone : "UTC";
  const days = daysUntil(isoDateIn(now, zone), item.dueDate);
  if (group === "done") return <span className="badge ok">{t("done")}</span>;
  if (group === "overdue") return <span className="badge bad">{t("overdueBy", { days: Math.max(1, -days) })}</span>;
  if (item.stage !== 0) return null;
  if (group === "due-soon") return <span className="badge warn">{days === 0 ? t("dueToday") : t("dueIn", { days })}</span>;
  return <span className="badge">{t("dueIn", { days })}</span>;
}

/** back: the dashboard query the list is shown under, so a step recorded from it returns there. */
type ListProps = { items: DashboardItem[]; now: Date; reminders: Map<string, ReminderSummary>; batchHref: (batchId: string) => string; back: string };

export function DashboardList({ items, now, reminders, batchHref, back }: ListProps) {
  const t = useTranslations("tracking");
  const rightLabel = useTranslations("rights");
  const format = useDayFormat();
  const rightName = (right: string) => (rightLabel.has(right as "access") ? rightLabel(right as "access") : right);
  return (
    <ol className={styles.list} aria-label={t("dashboard.requests")}>
      {items.map((item) => {
        const href = `/requests/${encodeURIComponent(item.id)}`;
        const overdue = groupOf(item, now) === "overdue";
        const law = isRegimeId(item.regime) ? REGIMES[item.regime].shortLabel : item.regime;
        return (
          <li key={item.id} className={`card ${styles.item}`}>
            <div className="stack">
              <h2>
                <Link href={href}>{item.serviceName}</Link>
              </h2>
              <p className={styles.badges}>
                <DueBadge item={item} now={now} />{" "}
                <span className="badge">
                  {(REQUEST_STATUSES as readonly string[]).includes(item.status) ? t(`status.${item.status as "sent"}`) : item.status}
                </span>
              </p>
              <p className="small">
                {item.rights.map(rightName).join("; ")} · {law}
                {item.batchId ? (
                  <>
                    {" "}
                    · <Link href={batchHref(item.batchId)}>{t("dashboard.withOthers")}</Link>
                  </>
                ) : null}
              </p>
              <p className="small muted">
                {t.rich(item.status === "appealed" ? "dashboard.sentAppealDue" : "dashboard.sentDue", {
                  sent: format.full(item.sentOn),
                  due: format.full(item.dueDate),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </p>
              {item.stage !== 2 ? <NextReminder summary={reminders.get(item.id)} /> : null}
            </div>
            <div className={styles.actions}>
              {overdue ? (
                <Link className="button" href={`${href}/follow-up`}>
                  {t("dashboard.writeReminder")}
                </Link>
              ) : null}
              <QuickActions requestId={item.id} serviceName={item.serviceName} types={quickEventsFor(item.status)} back={back} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
