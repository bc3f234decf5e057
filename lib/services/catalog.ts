import { allDocuments } from "./documents/documents";
import { orderVersions } from "./documents/order";
import { policyRecords } from "./records";
import { services } from "./services";
import type { Service, ServiceRecord } from "./types";

function buildService(slug: string, name: string, website: string): Service {
  const ordered = orderVersions(allDocuments.filter((d) => d.serviceSlug === slug));
  const versions = ordered.map((doc) => {
    const record = policyRecords.find((r) => r.documentId === doc.id);
    if (!record) throw new Error(`No record for document ${doc.id}`);
    return record;
  });
  return { slug, name, website, versions };
}

const catalog: readonly Service[] = services.map((s) => buildService(s.slug, s.name, s.website));

export function listServices(): readonly Service[] {
  return catalog;
}

export function findService(slug: string): Service | undefined {
  return catalog.find((s) => s.slug === slug);
}

/** Versions are oldest first, so the latest is the last. */
export function latestVersion(service: Service): ServiceRecord {
  const latest = service.versions.at(-1);
  if (!latest) throw new Error(`Service ${service.slug} has no versions`);
  return latest;
}

export function findVersion(slug: string, versionId: string): ServiceRecord | undefined {
  return findService(slug)?.versions.find((v) => v.versionId === versionId);
}

export function previousVersion(slug: string, versionId: string): ServiceRecord | undefined {
  const versions = findService(slug)?.versions ?? [];
  const i = versions.findIndex((v) => v.versionId === versionId);
  return i > 0 ? versions[i - 1] : undefined;
}
