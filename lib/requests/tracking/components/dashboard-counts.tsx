import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DashboardCounts as Counts } from "../data";
import { dashboardHref } from "../dashboard-href";
import { countLabel } from "../dashboard-query";
import type { DashboardQuery } from "../schema";
import styles from "./dashboard.module.css";

const KEYS = [
  ["overdue", "overdue", styles.overdue],
  ["due-soon", "dueSoon", styles.soon],
  ["waiting", "waiting", ""],
  ["done", "done", ""],
] as const;

export function DashboardCounts({ counts, query }: { counts: Counts; query: DashboardQuery }) {
  const t = useTranslations("tracking");
  return (
    <ul className={styles.counts} aria-label={t("dashboard.byDeadline")}>
      {KEYS.map(([group, key, tone]) => (
        <li key={group}>
          <Link
            className={`${styles.count} ${tone}`}
            href={dashboardHref(query, { group, page: 1, status: undefined })}
            aria-current={query.group === group ? "true" : undefined}
          >
            <strong>{countLabel(counts[key])}</strong> {t(`groups.${group}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
