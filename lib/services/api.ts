import { latestVersion } from "./catalog";
import { getDocument } from "./documents/documents";
import { documentTextHref } from "./links";
import type { Service, ServiceRecord } from "./types";

// JSON of the read-only API (/api/v1/services...): records with their citations, and for each
// version the document it cites, its SHA-256 and where to fetch its text to check the offsets.

export function documentJson(documentId: string) {
  const doc = getDocument(documentId);
  return {
    id: doc.id,
    sha256: doc.sha256,
    textUrl: documentTextHref(doc.id),
    format: doc.format,
    source: doc.source,
    capturedAt: doc.capturedAt,
    attribution: doc.attribution ?? null,
    ordering: doc.ordering,
    offsets: "UTF-16 code units of the UTF-8 text, as JavaScript String.prototype.slice counts them",
  };
}

function versionSummary(record: ServiceRecord) {
  return {
    versionId: record.versionId,
    versionLabel: record.versionLabel,
    effectiveDate: record.effectiveDate?.date ?? null,
    document: documentJson(record.documentId),
  };
}

export function serviceSummaryJson(service: Service) {
  return {
    slug: service.slug,
    name: service.name,
    website: service.website,
    latestVersionId: latestVersion(service).versionId,
    url: `/api/v1/services/${encodeURIComponent(service.slug)}`,
    versions: service.versions.map(versionSummary),
  };
}

export function serviceJson(service: Service) {
  return {
    ...serviceSummaryJson(service),
    versions: service.versions.map((record) => ({ ...versionSummary(record), record })),
  };
}
