import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { loadReminderSummaries } from "@/lib/reminders/data";
import { DashboardCounts } from "@/lib/requests/tracking/components/dashboard-counts";
import { DashboardFilters } from "@/lib/requests/tracking/components/dashboard-filters";
import { DashboardList } from "@/lib/requests/tracking/components/dashboard-list";
import { DashboardBatches } from "@/lib/requests/tracking/components/dashboard-batches";
import { loadBatches, loadDashboardCounts, loadDashboardPage } from "@/lib/requests/tracking/data";
import { dashboardHref } from "@/lib/requests/tracking/dashboard-href";
import { parseDashboardQuery } from "@/lib/requests/tracking/schema";

export const metadata: Metadata = { title: "Your requests" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const query = parseDashboardQuery(await searchParams);
  const now = new Date();
  const [counts, page, batches] = await Promise.all([loadDashboardCounts(user.id, now), loadDashboardPage(user.id, query, now), loadBatches(user.id)]);
  const reminders = await loadReminderSummaries(user.id, page.items.map((item) => item.id));
  const total = counts.overdue + counts.dueSoon + counts.waiting + counts.done;

  if (total === 0) {
    return (
      <div className="page stack">
        <h1>Your requests</h1>
        <p className="muted">Signed in as {user.email}</p>
        <section className="card stack" aria-labelledby="empty-heading">
          <h2 id="empty-heading">No requests yet</h2>
          <p>
            Ask a company for a copy of your data, to delete it or to correct it. RightsDesk writes the letter, and once
            you have sent it, tracks it here against the date the law gives the company to answer.
          </p>
          <p><Link className="button" href="/requests/new">Start a request</Link></p>
        </section>
      </div>
    );
  }

  return (
    <div className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Your requests</h1>
        <Link className="button" href="/requests/new">New request</Link>
      </div>
      <p className="muted small">Signed in as {user.email}</p>
      <DashboardCounts counts={counts} query={query} />
      {query.batch ? (
        <p className="notice" role="status">Showing the requests you created together in one run. <Link href={dashboardHref(query, { batch: undefined })}>Show all requests</Link>.</p>
      ) : null}
      <DashboardFilters query={query} />
      <DashboardBatches batches={batches} query={query} />
      {page.items.length > 0 ? (
        <DashboardList items={page.items} now={now} reminders={reminders} batchHref={(batch) => dashboardHref(query, { batch, group: "all", page: 1 })} />
      ) : (
        <p className="notice" role="status">No requests match these filters. <Link href="/dashboard">Show all requests that are not done</Link>.</p>
      )}
      {query.page > 1 || page.hasMore ? (
        <nav aria-label="Pages" className="row" style={{ justifyContent: "space-between" }}>
          {query.page > 1 ? <Link href={dashboardHref(query, { page: query.page - 1 })}>← Previous page</Link> : <span />}
          <span className="small muted">Page {query.page}</span>
          {page.hasMore ? <Link href={dashboardHref(query, { page: query.page + 1 })}>Next page →</Link> : <span />}
        </nav>
      ) : null}
      <p className="small muted">
        When reminders are emailed: <Link href="/settings/reminders">Reminder settings</Link>. Deadlines in your calendar, your data and your account: <Link href="/account">Account</Link>.
      </p>
    </div>
  );
}
