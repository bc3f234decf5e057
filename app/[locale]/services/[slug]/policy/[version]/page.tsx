import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { findService, findVersion } from "@/lib/services/catalog";
import { PolicyText } from "@/lib/services/components/policy-text";
import { getDocument } from "@/lib/services/documents/documents";
import { loadDocumentText } from "@/lib/services/documents/load";
import { documentTextHref, parseRange, serviceHref } from "@/lib/services/links";

type Props = {
  params: Promise<{ slug: string; version: string }>;
  searchParams: Promise<{ start?: string | string[]; end?: string | string[] }>;
};

export async function generateMetadata({ params }: { params: Promise<{ slug: string; version: string; locale: string }> }): Promise<Metadata> {
  const { slug, version, locale } = await params;
  const record = findVersion(slug, version);
  const t = await getTranslations({ locale, namespace: "services.policy" });
  return { title: record ? t("meta", { name: record.serviceName, version: record.versionLabel }) : t("metaNotFound") };
}

export default async function PolicyPage({ params, searchParams }: Props) {
  const [{ slug, version }, query] = await Promise.all([params, searchParams]);
  const service = findService(slug);
  const record = findVersion(slug, version);
  if (!service || !record) notFound();
  const doc = getDocument(record.documentId);
  const text = loadDocumentText(doc.id);
  const range = parseRange(query.start, query.end, text.length);
  const askedForRange = query.start !== undefined || query.end !== undefined;
  return <PolicyView slug={slug} serviceName={service.name} record={record} doc={doc} text={text} range={range} askedForRange={askedForRange} />;
}

type ViewProps = {
  slug: string;
  serviceName: string;
  record: NonNullable<ReturnType<typeof findVersion>>;
  doc: ReturnType<typeof getDocument>;
  text: string;
  range: ReturnType<typeof parseRange>;
  askedForRange: boolean;
};

function PolicyView({ slug, serviceName, record, doc, text, range, askedForRange }: ViewProps) {
  const t = useTranslations("services.policy");
  return (
    <div className="page stack">
      <p className="small">
        <a href={serviceHref(slug, record.versionId)}>{t("back", { service: serviceName })}</a>
      </p>
      <h1>
        {t("heading", { service: serviceName })} <span className="muted">({record.versionLabel})</span>
      </h1>
      <p className="small muted">
        {doc.source} {doc.capturedAt ? t("captured", { date: doc.capturedAt }) : null} {t("kept")} <span className="mono">{doc.sha256}</span>;{" "}
        <a href={documentTextHref(doc.id)}>{t("raw")}</a>.
      </p>
      {doc.attribution ? (
        <p className="small muted" data-testid="attribution">
          {t("attribution", { credit: doc.attribution.credit, license: doc.attribution.license })}
        </p>
      ) : null}
      {range ? (
        <p className="notice" role="status">
          {t.rich("highlighted", { link: (chunks) => <a href="#cited">{chunks}</a> })}
        </p>
      ) : askedForRange ? (
        <p className="notice warn" role="status">
          {t("notFound")}
        </p>
      ) : null}
      <PolicyText text={text} range={range} />
    </div>
  );
}
