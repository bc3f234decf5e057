import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { BatchSummary } from "../data";
import { dashboardHref } from "../dashboard-href";
import type { DashboardQuery } from "../schema";

/** The runs of letters sent to several companies at once: each opens as its own list. */
export function DashboardBatches({ batches, query }: { batches: BatchSummary[]; query: DashboardQuery }) {
  const t = useTranslations("tracking.dashboard");
  const format = useDayFormat();
  if (batches.length === 0) return null;
  return (
    <nav aria-labelledby="batches-heading" className="card stack">
      <h2 id="batches-heading" className="small">
        {t("batchesHeading")}
      </h2>
      <ul className="stack">
        {batches.map((batch) => (
          <li key={batch.batchId}>
            <Link
              href={dashboardHref(query, { batch: batch.batchId, group: "all", page: 1 })}
              aria-current={query.batch === batch.batchId ? "page" : undefined}
            >
              {t("batchLine", { when: batch.sentOn ? format.full(batch.sentOn) : t("batchOneRun"), count: batch.count })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
