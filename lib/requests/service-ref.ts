import { findCompany, findCompanyRecord } from "@/lib/catalog/companies";
import { DATASET_VERSION, withDatasetContacts } from "@/lib/catalog/company-record";
import { findService, findVersion, latestVersion } from "@/lib/services/catalog";
import type { ServiceRecord } from "@/lib/services/types";

// A draft and a request name the exact policy version they rely on, so a letter written
// today still cites the same sentences after the catalogue gains a newer version.
export type ServiceRef = { kind: "catalog"; slug: string; versionId: string } | { kind: "custom"; id: string };

const CATALOG = /^([a-z0-9-]{1,60})@([A-Za-z0-9._-]{1,40})$/;
const CUSTOM = /^custom:([A-Za-z0-9_-]{1,64})$/;

export function parseServiceRef(value: string): ServiceRef | null {
  const catalog = CATALOG.exec(value);
  if (catalog) return { kind: "catalog", slug: catalog[1]!, versionId: catalog[2]! };
  const custom = CUSTOM.exec(value);
  return custom ? { kind: "custom", id: custom[1]! } : null;
}

export function formatServiceRef(ref: ServiceRef): string {
  return ref.kind === "catalog" ? `${ref.slug}@${ref.versionId}` : `custom:${ref.id}`;
}

/**
 * The service step's choice ("netflix", "schufa" or "custom:<id>") as a reference pinned to today's
 * policy version; a catalogue company without a policy record is pinned to its dataset record.
 */
export function refForChoice(choice: string): ServiceRef | null {
  if (choice.startsWith("custom:")) return parseServiceRef(choice);
  const service = findService(choice);
  if (service) return { kind: "catalog", slug: service.slug, versionId: latestVersion(service).versionId };
  return findCompany(choice)?.contact ? { kind: "catalog", slug: choice, versionId: DATASET_VERSION } : null;
}

export function catalogRecord(ref: ServiceRef): ServiceRecord | undefined {
  if (ref.kind !== "catalog") return undefined;
  const policy = findVersion(ref.slug, ref.versionId);
  // A service attached to its catalogue company falls back on the dataset's contacts where the policy has none.
  return policy ? withDatasetContacts(policy, findCompanyRecord(ref.slug, DATASET_VERSION)) : findCompanyRecord(ref.slug, ref.versionId);
}
