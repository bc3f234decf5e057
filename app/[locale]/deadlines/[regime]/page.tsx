import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { EuAuthoritiesTable } from "@/lib/law/components/eu-authorities-table";
import { RegimeSection } from "@/lib/law/components/regime-section";
import { isRegimeId, REGIME_LIST, REGIMES } from "@/lib/law/regimes";
import type { Regime } from "@/lib/law/types";

// One law's counting rules per page: the whole set was 171 KiB of HTML for a phone to load at once.
// The same for everyone, so built once.
export const dynamicParams = false;

export function generateStaticParams() {
  return REGIME_LIST.map((regime) => ({ regime: regime.id }));
}

type Params = Promise<{ locale: string; regime: string }>;

export async function generateMetadata({ params }: { params: Promise<{ regime: string; locale: string }> }): Promise<Metadata> {
  const { regime, locale } = await params;
  const t = await getTranslations({ locale, namespace: "deadlines.regime" });
  return { title: isRegimeId(regime) ? t("meta", { law: REGIMES[regime].shortLabel }) : t("metaUnknown") };
}

export default async function RegimeDeadlinesPage({ params }: { params: Params }) {
  const { locale, regime: id } = await params;
  setRequestLocale(locale);
  if (!isRegimeId(id)) notFound();
  return <RegimeDeadlinesView regime={REGIMES[id]} />;
}

function RegimeDeadlinesView({ regime }: { regime: Regime }) {
  const t = useTranslations("deadlines.law");
  return (
    <div className="page stack">
      <p className="small">
        <Link href="/deadlines">{t("back")}</Link>
      </p>
      <h1>{t("heading", { law: regime.shortLabel })}</h1>
      <RegimeSection regime={regime} level={2} />
      {regime.id === "eu-gdpr" ? (
        <section className="stack" aria-labelledby="eu-authorities-heading">
          <h2 id="eu-authorities-heading">{t("euAuthorities")}</h2>
          <EuAuthoritiesTable />
        </section>
      ) : null}
    </div>
  );
}
