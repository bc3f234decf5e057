import type { PolicyDocument } from "./documents/documents";
import type { EffectiveDate, Service, ServiceRecord } from "./types";

// How fresh a version is: when its text was captured, the date the text gives itself, and whether a
// later capture of the same service is known (the page then says what changed since).

export type Freshness = {
  capturedAt: string | null;
  stated: EffectiveDate | null;
  /** The credit the text's licence requires, shown wherever the text is. */
  attribution: PolicyDocument["attribution"] | null;
  newer: ServiceRecord | null;
  newerCapturedAt: string | null;
};

/** Versions are oldest first; the newest capture is the last version. */
export function freshnessOf(service: Service, record: ServiceRecord, documentOf: (id: string) => PolicyDocument): Freshness {
  const doc = documentOf(record.documentId);
  const newest = service.versions.at(-1) ?? null;
  const newer = newest && newest.versionId !== record.versionId ? newest : null;
  return {
    capturedAt: doc.capturedAt,
    stated: record.effectiveDate,
    attribution: doc.attribution ?? null,
    newer,
    newerCapturedAt: newer ? documentOf(newer.documentId).capturedAt : null,
  };
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatIsoDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
