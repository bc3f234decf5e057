import Link from "next/link";
import { REGIME_LIST } from "@/lib/law/regimes";
import { REQUEST_STATUSES } from "../../statuses";
import { STATUS_LABELS } from "../../status-labels";
import type { DashboardQuery } from "../schema";
import styles from "./dashboard.module.css";

const GROUPS = [
  ["open", "Not done yet"],
  ["overdue", "Overdue"],
  ["due-soon", "Due within 7 days"],
  ["waiting", "Waiting"],
  ["done", "Done"],
  ["all", "All"],
] as const;
const SORTS = [
  ["due", "Most urgent first"],
  ["sent", "Newest first"],
  ["service", "Company A–Z"],
] as const;

/** A plain GET form: filters and sort work without JavaScript and every view has a URL. */
export function DashboardFilters({ query }: { query: DashboardQuery }) {
  const changed = query.group !== "open" || query.status || query.law || query.sort !== "due";
  return (
    <form method="get" action="/dashboard" className={styles.filters} aria-label="Filter and sort">
      <div className="field">
        <label htmlFor="group">Show</label>
        <select id="group" name="group" defaultValue={query.group}>
          {GROUPS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status">Status</label>
        <select id="status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {REQUEST_STATUSES.map((status) => <option key={status} value={status}>{STATUS_LABELS[status]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="law">Law</label>
        <select id="law" name="law" defaultValue={query.law ?? ""}>
          <option value="">Any law</option>
          {REGIME_LIST.map((regime) => <option key={regime.id} value={regime.id}>{regime.shortLabel}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">Sort</label>
        <select id="sort" name="sort" defaultValue={query.sort}>
          {SORTS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div className="row">
        <button type="submit">Show</button>
        {changed ? <Link href="/dashboard">Clear</Link> : null}
      </div>
    </form>
  );
}
