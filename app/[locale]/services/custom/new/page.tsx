import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { NewCustomService } from "@/lib/services/custom/components/new-custom-service";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "services.custom" }))("metaNew") };
}

export default async function NewCustomServicePage() {
  await requireUser("/services/custom/new");
  const t = await getTranslations("services.custom");
  return (
    <div className="page stack narrow">
      <p className="small">
        <Link href="/services/custom">{t("back")}</Link>
      </p>
      <h1>{t("add")}</h1>
      <p>{t("newIntro")}</p>
      <p className="small muted">{t("newSafety")}</p>
      <NewCustomService />
    </div>
  );
}
