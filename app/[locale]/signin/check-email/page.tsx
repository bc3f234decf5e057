import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin.check"))("meta") };
}

export default function CheckEmailPage() {
  const t = useTranslations("signin.check");
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="muted">{t.rich("nothing", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}</p>
    </div>
  );
}
