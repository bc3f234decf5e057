import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { catalogProvenance, findCompany } from "@/lib/catalog/companies";
import { CompanyView, ContactFacts } from "@/lib/catalog/components/company-view";
import { findService, findVersion, latestVersion, previousVersion } from "@/lib/services/catalog";
import { FreshnessNotice } from "@/lib/services/components/freshness-notice";
import { RecordView } from "@/lib/services/components/record-view";
import { VersionDiffView } from "@/lib/services/components/version-diff";
import { VersionSwitcher } from "@/lib/services/components/version-switcher";
import { diffVersions } from "@/lib/services/diff";
import { getDocument } from "@/lib/services/documents/documents";
import { freshnessOf } from "@/lib/services/freshness";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ version?: string | string[] }> };

export async function generateMetadata({ params }: { params: Promise<{ slug: string; locale: string }> }): Promise<Metadata> {
  const { slug, locale } = await params;
  const service = findService(slug);
  const company = findCompany(slug);
  const t = await getTranslations({ locale, namespace: "services.service" });
  return {
    title: service ? t("metaRecord", { name: service.name }) : company ? t("metaCompany", { name: company.name }) : t("metaNotFound"),
  };
}

// Rendered per request for a company of the catalogue or an older version (?version=). The latest
// record of each service is built once per language (prerendered/services/[slug]) and served by proxy.ts.
export default async function ServicePage({ params, searchParams }: Props) {
  const [{ slug }, { version }] = await Promise.all([params, searchParams]);
  const service = findService(slug);
  const company = findCompany(slug);
  if (!service) {
    if (!company?.contact) notFound();
    return <CompanyView entry={company} company={company.contact} provenance={catalogProvenance()} />;
  }
  const asked = typeof version === "string" ? version : undefined;
  const record = (asked && findVersion(slug, asked)) || latestVersion(service);
  const previous = previousVersion(slug, record.versionId);
  return <ServiceView service={service} company={company} asked={asked} record={record} previous={previous} />;
}

type ViewProps = {
  service: NonNullable<ReturnType<typeof findService>>;
  company: ReturnType<typeof findCompany>;
  asked: string | undefined;
  record: ReturnType<typeof latestVersion>;
  previous: ReturnType<typeof previousVersion>;
};

function ServiceView({ service, company, asked, record, previous }: ViewProps) {
  const t = useTranslations("services.service");
  return (
    <div className="page stack">
      <h1>{service.name}</h1>
      <p>
        <Link className="button" href={`/requests/new?service=${encodeURIComponent(service.slug)}`}>
          {t("write", { service: service.name })}
        </Link>
      </p>
      {asked && asked !== record.versionId ? (
        <p className="notice warn" role="status">
          {t("noVersion", { version: asked })}
        </p>
      ) : null}
      <VersionSwitcher service={service} current={record.versionId} />
      <p className="muted">{t("showing", { version: record.versionLabel })}</p>
      <FreshnessNotice record={record} freshness={freshnessOf(service, record, getDocument)} />
      {company?.contact ? <ContactFacts company={company.contact} provenance={catalogProvenance()} /> : null}
      <h2>{t("says")}</h2>
      <RecordView record={record} />
      <section aria-labelledby="changes" className="stack">
        <h2 id="changes">{t("changes")}</h2>
        {previous ? (
          <>
            <p className="small muted">{t("compared", { version: previous.versionLabel })}</p>
            <VersionDiffView diff={diffVersions(previous, record)} fromLabel={previous.versionLabel} />
          </>
        ) : (
          <p className="muted">{t("oldest")}</p>
        )}
      </section>
    </div>
  );
}
