import type { EmailChannel, ServiceRecord } from "../types";
import { urlKey } from "./detect-urls";
import type { Extraction } from "./types";

// Compares what the extractor proposes for a document with the curated record of that document.
// "rights by law" is the strict reading: each right paired with each law the policy ties it to.
export const CATEGORIES = ["emails", "redacted emails", "urls", "rights", "rights by law", "durations", "jurisdictions", "effective date"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Facets = Record<Category, Set<string>>;
export type Score = { truePositives: number; falsePositives: string[]; falseNegatives: string[] };

const REDACTED = /\[email[\s\u00a0]protected\]/;

function durationsOf(record: ServiceRecord): string[] {
  const stated = record.timelines.flatMap((t) => (t.statedByPolicy ? [t.days !== undefined ? `${t.days}d` : `${t.months}mo`] : []));
  const kept = record.retention.flatMap((r) => (r.days !== undefined ? [`${r.days}d`] : r.months !== undefined ? [`${r.months}mo`] : []));
  return [...stated, ...kept];
}

/** The comparable values of a record; the same function reads curated and proposed records. */
export function recordFacets(record: ServiceRecord): Omit<Facets, "redacted emails"> {
  const emails = record.channels.filter((c): c is EmailChannel => c.kind === "email");
  const pages = [...record.selfService, ...record.settings].map((p) => p.url);
  const web = record.channels.flatMap((c) => (c.kind === "web" ? [c.url] : []));
  const regimeHolders = [...record.rights, ...record.otherRights, ...record.applicability, ...record.supervisoryAuthorities];
  return {
    emails: new Set(emails.filter((e) => e.provenance.kind !== "from-other-version").map((e) => e.address.toLowerCase())),
    urls: new Set([...pages, ...web, record.legalEntity?.url ?? null].flatMap((u) => (u ? [urlKey(u)] : []))),
    rights: new Set(record.rights.map((r) => r.right)),
    "rights by law": new Set(record.rights.flatMap((r) => (r.regimes.length ? r.regimes : ["no law named"]).map((g) => `${r.right}/${g}`))),
    durations: new Set(durationsOf(record)),
    jurisdictions: new Set(regimeHolders.flatMap((x) => x.regimes)),
    "effective date": new Set(record.effectiveDate ? [record.effectiveDate.date] : []),
  };
}

/** Offsets of "[email protected]" markers the curated record accounts for. */
export function curatedRedactions(record: ServiceRecord): Set<string> {
  const emails = record.channels.filter((c): c is EmailChannel => c.kind === "email" && c.provenance.kind === "from-other-version");
  return new Set(
    emails.flatMap((e) => {
      const at = REDACTED.exec(e.citation.quote);
      return at ? [String(e.citation.start + at.index)] : [];
    }),
  );
}

export function extractedRedactions(extraction: Extraction): Set<string> {
  return new Set(extraction.proposals.flatMap((p) => (p.kind === "redacted-email" ? [String(p.span.start)] : [])));
}

export function score(expected: Set<string>, actual: Set<string>): Score {
  return {
    truePositives: [...actual].filter((x) => expected.has(x)).length,
    falsePositives: [...actual].filter((x) => !expected.has(x)),
    falseNegatives: [...expected].filter((x) => !actual.has(x)),
  };
}

export function precisionRecall(scores: Score[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
  // With nothing to find and nothing found, the extractor is neither wrong nor incomplete.
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
