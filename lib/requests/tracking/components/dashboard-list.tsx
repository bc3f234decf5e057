import Link from "next/link";
import { NextReminder } from "@/lib/reminders/components/next-reminder";
import type { ReminderSummary } from "@/lib/reminders/data";
import { formatLongDate, RIGHT_LABELS } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";
import { isoDateIn } from "../../dates";
import { daysUntil, statusLabel } from "../../status-labels";
import type { DashboardItem } from "../data";
import { groupOf } from "../dashboard-query";
import { quickEventsFor } from "../quick-events";
import styles from "./dashboard.module.css";
import { QuickActions } from "./quick-actions";

function dueBadge(item: DashboardItem, now: Date) {
  const group = groupOf(item, now);
  const zone = isRegimeId(item.regime) ? REGIMES[item.regime].defaultTimeZone : "UTC";
  const days = daysUntil(isoDateIn(now, zone), item.dueDate);
  if (group === "done") return <span className="badge ok">Done</span>;
  if (group === "overdue") return <span className="badge bad">Overdue by {Math.max(1, -days)} day{-days === 1 ? "" : "s"}</span>;
  if (item.stage !== 0) return null;
  if (group === "due-soon") return <span className="badge warn">{days === 0 ? "Due today" : `Due in ${days} day${days === 1 ? "" : "s"}`}</span>;
  return <span className="badge">Due in {days} days</span>;
}

/** back: the dashboard query the list is shown under, so a step recorded from it returns there. */
type ListProps = { items: DashboardItem[]; now: Date; reminders: Map<string, ReminderSummary>; batchHref: (batchId: string) => string; back: string };

export function DashboardList({ items, now, reminders, batchHref, back }: ListProps) {
  return (
    <ol className={styles.list} aria-label="Requests">
      {items.map((item) => {
        const href = `/requests/${encodeURIComponent(item.id)}`;
        const overdue = groupOf(item, now) === "overdue";
        const law = isRegimeId(item.regime) ? REGIMES[item.regime].shortLabel : item.regime;
        return (
          <li key={item.id} className={`card ${styles.item}`}>
            <div className="stack">
              <h2><Link href={href}>{item.serviceName}</Link></h2>
              <p className={styles.badges}>{dueBadge(item, now)} <span className="badge">{statusLabel(item.status)}</span></p>
              <p className="small">
                {item.rights.map((r) => RIGHT_LABELS[r as RightId] ?? r).join("; ")} · {law}
                {item.batchId ? <> · <Link href={batchHref(item.batchId)}>sent with others in one run</Link></> : null}
              </p>
              <p className="small muted">
                Sent {formatLongDate(item.sentOn)} · {item.status === "appealed" ? "appeal decision" : "answer"} due <strong>{formatLongDate(item.dueDate)}</strong>
              </p>
              {item.stage !== 2 ? <NextReminder summary={reminders.get(item.id)} /> : null}
            </div>
            <div className={styles.actions}>
              {overdue ? <Link className="button" href={`${href}/follow-up`}>Write a reminder</Link> : null}
              <QuickActions requestId={item.id} serviceName={item.serviceName} types={quickEventsFor(item.status)} back={back} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
