import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { useTranslations } from "next-intl";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "account.deleted" }))("meta") };
}

export default function AccountDeletedPage() {
  const t = useTranslations("account.deleted");
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p role="status">{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
