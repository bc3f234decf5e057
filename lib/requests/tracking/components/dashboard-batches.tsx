import Link from "next/link";
import { formatLongDate } from "@/lib/law/labels";
import type { BatchSummary } from "../data";
import { dashboardHref } from "../dashboard-href";
import type { DashboardQuery } from "../schema";

/** The runs of letters sent to several companies at once: each opens as its own list. */
export function DashboardBatches({ batches, query }: { batches: BatchSummary[]; query: DashboardQuery }) {
  if (batches.length === 0) return null;
  return (
    <nav aria-labelledby="batches-heading" className="card stack">
      <h2 id="batches-heading" className="small">
        Sent together
      </h2>
      <ul className="stack">
        {batches.map((batch) => (
          <li key={batch.batchId}>
            <Link
              href={dashboardHref(query, { batch: batch.batchId, group: "all", page: 1 })}
              aria-current={query.batch === batch.batchId ? "page" : undefined}
            >
              {batch.sentOn ? formatLongDate(batch.sentOn) : "One run"}: {batch.count} {batch.count === 1 ? "company" : "companies"}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
