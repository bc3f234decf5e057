// Records and inputs shared by the letters' tests.
import { findVersion } from "@/lib/services/catalog";
import type { ServiceRecord } from "@/lib/services/types";
import type { LetterInput } from "./types";

export function version(slug: string, id: string): ServiceRecord {
  const record = findVersion(slug, id);
  if (!record) throw new Error(`missing record ${slug} ${id}`);
  return record;
}

/** A custom service as a user might add one: a name and nothing the policy said. */
export function minimalRecord(overrides: Partial<ServiceRecord> = {}): ServiceRecord {
  return {
    serviceSlug: "corner-shop",
    serviceName: "Corner Shop",
    versionId: "custom",
    versionLabel: "Added by you",
    documentId: "custom-corner-shop",
    effectiveDate: null,
    legalEntity: null,
    postalAddress: null,
    channels: [],
    selfService: [],
    settings: [],
    rights: [],
    otherRights: [],
    applicability: [],
    timelines: [],
    howToAsk: { subjectLine: null, fromAccountEmail: null, include: [], instructions: [] },
    identityVerification: [],
    fees: [],
    declineGrounds: [],
    supervisoryAuthorities: [],
    retention: [],
    notes: [],
    ...overrides,
  };
}

export function letterInput(overrides: Partial<LetterInput> = {}): LetterInput {
  return {
    service: version("netflix", "2024-04-17"),
    regime: "uk-gdpr",
    rights: ["access"],
    language: "en",
    requester: { name: "Alice Example", email: "alice@example.co.uk" },
    specifics: {},
    date: "2026-09-03",
    ...overrides,
  };
}
