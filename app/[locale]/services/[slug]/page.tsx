import type { Metadata } from "next";
import Link from "next/link";
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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const service = findService(slug);
  const company = findCompany(slug);
  return {
    title: service ? `${service.name}: what its privacy policy says` : company ? `${company.name}: where to send a privacy request` : "Service not found",
  };
}

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
  return (
    <div className="page stack">
      <h1>{service.name}</h1>
      <p>
        <Link className="button" href={`/requests/new?service=${encodeURIComponent(service.slug)}`}>
          Write a request to {service.name}
        </Link>
      </p>
      {asked && asked !== record.versionId ? (
        <p className="notice warn" role="status">
          There is no version &ldquo;{asked}&rdquo;; showing the latest.
        </p>
      ) : null}
      <VersionSwitcher service={service} current={record.versionId} />
      <p className="muted">Showing: {record.versionLabel}.</p>
      <FreshnessNotice record={record} freshness={freshnessOf(service, record, getDocument)} />
      {company?.contact ? <ContactFacts company={company.contact} provenance={catalogProvenance()} /> : null}
      <h2>What its privacy policy says</h2>
      <RecordView record={record} />
      <section aria-labelledby="changes" className="stack">
        <h2 id="changes">What changed</h2>
        {previous ? (
          <>
            <p className="small muted">Compared with the previous version: {previous.versionLabel}.</p>
            <VersionDiffView diff={diffVersions(previous, record)} fromLabel={previous.versionLabel} />
          </>
        ) : (
          <p className="muted">This is the oldest version we keep.</p>
        )}
      </section>
    </div>
  );
}
