import Link from "next/link";
import { useTranslations } from "next-intl";
import { REGIME_LIST } from "@/lib/law/regimes";
import { REQUEST_STATUSES } from "../../statuses";
import type { DashboardQuery } from "../schema";
import styles from "./dashboard.module.css";

const GROUPS = ["open", "overdue", "due-soon", "waiting", "done", "all"] as const;
const SORTS = ["due", "sent", "service"] as const;

/** A plain GET form: filters and sort work without JavaScript and every view has a URL. */
export function DashboardFilters({ query }: { query: DashboardQuery }) {
  const t = useTranslations("tracking");
  const f = useTranslations("tracking.dashboard.filters");
  const changed = query.group !== "open" || query.status || query.law || query.sort !== "due";
  return (
    <form method="get" action="/dashboard" className={styles.filters} aria-label={f("label")}>
      <div className="field">
        <label htmlFor="group">{f("show")}</label>
        <select id="group" name="group" defaultValue={query.group}>
          {GROUPS.map((value) => (
            <option key={value} value={value}>
              {t(`groups.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status">{f("status")}</label>
        <select id="status" name="status" defaultValue={query.status ?? ""}>
          <option value="">{f("anyStatus")}</option>
          {REQUEST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="law">{f("law")}</label>
        <select id="law" name="law" defaultValue={query.law ?? ""}>
          <option value="">{f("anyLaw")}</option>
          {REGIME_LIST.map((regime) => (
            <option key={regime.id} value={regime.id}>
              {regime.shortLabel}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">{f("sort")}</label>
        <select id="sort" name="sort" defaultValue={query.sort}>
          {SORTS.map((value) => (
            <option key={value} value={value}>
              {f(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button type="submit">{f("submit")}</button>
        {changed ? <Link href="/dashboard">{f("clear")}</Link> : null}
      </div>
    </form>
  );
}
