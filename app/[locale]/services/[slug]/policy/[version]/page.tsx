import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findService, findVersion } from "@/lib/services/catalog";
import { PolicyText } from "@/lib/services/components/policy-text";
import { getDocument } from "@/lib/services/documents/documents";
import { loadDocumentText } from "@/lib/services/documents/load";
import { documentTextHref, parseRange, serviceHref } from "@/lib/services/links";

type Props = {
  params: Promise<{ slug: string; version: string }>;
  searchParams: Promise<{ start?: string | string[]; end?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, version } = await params;
  const record = findVersion(slug, version);
  return { title: record ? `${record.serviceName} privacy policy (${record.versionLabel})` : "Policy not found" };
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
  return (
    <div className="page stack">
      <p className="small">
        <a href={serviceHref(slug, record.versionId)}>&larr; {service.name}: what this version says</a>
      </p>
      <h1>
        {service.name} privacy policy <span className="muted">({record.versionLabel})</span>
      </h1>
      <p className="small muted">
        {doc.source} {doc.capturedAt ? `Captured ${doc.capturedAt}.` : null} Kept exactly as captured, odd characters included. SHA-256{" "}
        <span className="mono">{doc.sha256}</span>; <a href={documentTextHref(doc.id)}>raw text</a>.
      </p>
      {doc.attribution ? (
        <p className="small muted" data-testid="attribution">
          Text from Open Terms Archive, © {doc.attribution.credit}, under the {doc.attribution.license}.
        </p>
      ) : null}
      {range ? (
        <p className="notice" role="status">
          The cited passage is highlighted. <a href="#cited">Jump to it</a>.
        </p>
      ) : askedForRange ? (
        <p className="notice warn" role="status">
          That passage is not in this document, so nothing is highlighted.
        </p>
      ) : null}
      <PolicyText text={text} range={range} />
    </div>
  );
}
