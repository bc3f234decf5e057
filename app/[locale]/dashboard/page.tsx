import type { Metadata } from "next";
import { Inbox, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { loadReminderSummaries } from "@/lib/reminders/data";
import { DashboardCounts } from "@/lib/requests/tracking/components/dashboard-counts";
import { DashboardFilters } from "@/lib/requests/tracking/components/dashboard-filters";
import { DashboardList } from "@/lib/requests/tracking/components/dashboard-list";
import { DashboardBatches } from "@/lib/requests/tracking/components/dashboard-batches";
import { RecordedNotice, UndoneNotice } from "@/lib/requests/tracking/components/recorded-notice";
import { loadRecordedNotice } from "@/lib/requests/tracking/recorded";
import { loadBatches, loadDashboardCounts, loadDashboardPage } from "@/lib/requests/tracking/data";
import { dashboardHref } from "@/lib/requests/tracking/dashboard-href";
import { parseDashboardQuery } from "@/lib/requests/tracking/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tracking.dashboard"))("meta") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const t = await getTranslations("tracking.dashboard");
  const params = await searchParams;
  const query = parseDashboardQuery(params);
  const now = new Date();
  const [counts, page, batches, notice] = await Promise.all([
    loadDashboardCounts(user.id, now),
    loadDashboardPage(user.id, query, now),
    loadBatches(user.id),
    loadRecordedNotice(user.id, params),
  ]);
  const back = dashboardHref(query).split("?")[1] ?? "";
  const reminders = await loadReminderSummaries(
    user.id,
    page.items.map((item) => item.id),
  );
  const total = counts.overdue + counts.dueSoon + counts.waiting + counts.done;

  if (total === 0) {
    return (
      <div className="page stack">
        <h1>{t("title")}</h1>
        <p className="muted">{t("signedInAs", { email: user.email })}</p>
        <section className="card stack empty" aria-labelledby="empty-heading">
          <Inbox aria-hidden="true" size={40} strokeWidth={1.5} />
          <h2 id="empty-heading">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
          <p>
            <Link className="button" href="/requests/new">
              <Plus aria-hidden="true" size={18} /> {t("start")}
            </Link>
          </p>
        </section>
      </div>
    );
  }

  return (
    <div className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("title")}</h1>
        <Link className="button" href="/requests/new">
          <Plus aria-hidden="true" size={18} /> {t("new")}
        </Link>
      </div>
      <p className="muted small">{t("signedInAs", { email: user.email })}</p>
      {notice && "recorded" in notice ? <RecordedNotice recorded={notice.recorded} back={back} /> : null}
      {notice && "undone" in notice ? <UndoneNotice {...notice.undone} /> : null}
      <DashboardCounts counts={counts} query={query} />
      {query.batch ? (
        <p className="notice" role="status">
          {t.rich("batch", { link: (chunks) => <Link href={dashboardHref(query, { batch: undefined })}>{chunks}</Link> })}
        </p>
      ) : null}
      <DashboardFilters query={query} />
      <DashboardBatches batches={batches} query={query} />
      {page.items.length > 0 ? (
        <DashboardList
          items={page.items}
          now={now}
          reminders={reminders}
          batchHref={(batch) => dashboardHref(query, { batch, group: "all", page: 1 })}
          back={back}
        />
      ) : (
        <p className="notice" role="status">
          {t.rich("noMatch", { link: (chunks) => <Link href="/dashboard">{chunks}</Link> })}
        </p>
      )}
      {query.page > 1 || page.hasMore ? (
        <nav aria-label={t("pages")} className="row" style={{ justifyContent: "space-between" }}>
          {query.page > 1 ? <Link href={dashboardHref(query, { page: query.page - 1 })}>{t("previous")}</Link> : <span />}
          <span className="small muted">{t("page", { page: query.page })}</span>
          {page.hasMore ? <Link href={dashboardHref(query, { page: query.page + 1 })}>{t("next")}</Link> : <span />}
        </nav>
      ) : null}
      <p className="small muted">
        {t.rich("footer", {
          reminders: (chunks) => <Link href="/settings/reminders">{chunks}</Link>,
          account: (chunks) => <Link href="/account">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
