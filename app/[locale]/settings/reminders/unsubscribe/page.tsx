import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { loadUnsubscribeTarget } from "@/lib/reminders/data";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "reminders.unsubscribe" }))("meta"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ token?: string | string[]; done?: string | string[] }> };

// Reached from the link in every reminder, without signing in. Opening it changes nothing (mail
// scanners open links); the button does.
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const target = await loadUnsubscribeTarget(token);
  const t = await getTranslations("reminders.unsubscribe");
  if (!target) {
    return (
      <div className="page narrow stack">
        <h1>{t("badTitle")}</h1>
        <p>{t("badBody")}</p>
        <p>
          <Link className="button" href="/settings/reminders">
            {t("settings")}
          </Link>
        </p>
      </div>
    );
  }
  if (target.unsubscribed) {
    return (
      <div className="page narrow stack">
        <h1>{t("offTitle")}</h1>
        <p className="notice ok" role="status">
          {t(query.done ? "offNow" : "off", { email: target.maskedEmail })}
        </p>
        <p>{t("offBody")}</p>
        <p>
          <Link href="/settings/reminders">{t("settings")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("body", { email: target.maskedEmail })}</p>
      <form method="post" action={`/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="return" value="page" />
        <button type="submit">{t("stop")}</button>
      </form>
      <p>{t.rich("fewer", { link: (chunks) => <Link href="/settings/reminders">{chunks}</Link> })}</p>
    </div>
  );
}
