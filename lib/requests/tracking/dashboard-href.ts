import type { DashboardQuery } from "./schema";

const DEFAULTS: Partial<Record<keyof DashboardQuery, string>> = { group: "open", sort: "due", page: "1" };

/** The dashboard's URL for a query, leaving defaults out so links stay short. */
export function dashboardHref(query: DashboardQuery, changes: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["group", "status", "law", "sort", "page", "batch"] as const) {
    const value = merged[key];
    if (value !== undefined && String(value) !== DEFAULTS[key]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/dashboard?${search}` : "/dashboard";
}
