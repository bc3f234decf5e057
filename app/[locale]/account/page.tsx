import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/lib/account/components/delete-account-form";
import { requireUser } from "@/lib/auth/session";
import { CalendarFeed } from "@/lib/calendar/components/calendar-feed";
import { loadCalendarFeedStatus } from "@/lib/calendar/data";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "account" }))("meta") };
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const feed = await loadCalendarFeedStatus(user.id);
  const t = await getTranslations("account");
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("signedInAs", { email: user.email })}</p>

      <section className="card stack" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t("calendarTitle")}</h2>
        <p>{t("calendarBody")}</p>
        <ClientMessages scope="forms">
          <CalendarFeed active={feed ? { createdAt: feed.createdAt.toISOString() } : null} />
        </ClientMessages>
      </section>

      <section className="card stack" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">{t("remindersTitle")}</h2>
        <p>{t("remindersBody")}</p>
        <p>
          <Link className="button secondary" href="/settings/reminders">
            {t("remindersLink")}
          </Link>
        </p>
      </section>

      <section className="card stack" aria-labelledby="export-heading">
        <h2 id="export-heading">{t("exportTitle")}</h2>
        <p>{t("exportBody")}</p>
        <p>
          <a className="button secondary" href="/account/export.json" download>
            {t("exportLink")}
          </a>
        </p>
      </section>

      <section className="card stack" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("deleteTitle")}</h2>
        <p>{t("deleteBody")}</p>
        <ClientMessages scope="forms">
          <DeleteAccountForm email={user.email} />
        </ClientMessages>
      </section>
    </div>
  );
}
