import Link from "next/link";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";

export default function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(use(params).locale);
  const t = useTranslations("home");
  return (
    <div className="page stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="row">
        <Link className="button" href="/requests/new">
          {t("start")}
        </Link>
        <Link className="button secondary" href="/services">
          {t("browse")}
        </Link>
        <Link className="button secondary" href="/deadlines">
          {t("deadlines")}
        </Link>
      </p>
      <ul className="grid">
        <li className="card">
          <h2>{t("cards.letterTitle")}</h2>
          <p>{t("cards.letterBody")}</p>
        </li>
        <li className="card">
          <h2>{t("cards.sourceTitle")}</h2>
          <p>{t("cards.sourceBody")}</p>
        </li>
        <li className="card">
          <h2>{t("cards.deadlineTitle")}</h2>
          <p>{t("cards.deadlineBody")}</p>
        </li>
      </ul>
    </div>
  );
}
