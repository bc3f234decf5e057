import { findDocument } from "./documents/documents";
import type { Citation } from "./types";

/** The policy page of a cited document with the cited range marked: /services/trakt/policy/2018-09-13?start=..&end=..#cited */
export function citationHref(citation: Citation): string {
  const doc = findDocument(citation.document);
  if (!doc) throw new Error(`Citation into unknown document ${citation.document}`);
  return `${policyHref(doc.serviceSlug, doc.versionId)}?start=${citation.start}&end=${citation.end}#cited`;
}

export function policyHref(slug: string, versionId: string): string {
  return `/services/${encodeURIComponent(slug)}/policy/${encodeURIComponent(versionId)}`;
}

export function serviceHref(slug: string, versionId?: string): string {
  const base = `/services/${encodeURIComponent(slug)}`;
  return versionId ? `${base}?version=${encodeURIComponent(versionId)}` : base;
}

export function documentTextHref(documentId: string): string {
  return `/api/v1/documents/${encodeURIComponent(documentId)}`;
}

/**
 * A cited range from `?start=&end=`: whole numbers inside the text, start before end. Anything
 * else is null, and the page shows the text unmarked.
 */
export function parseRange(start: unknown, end: unknown, textLength: number): { start: number; end: number } | null {
  const int = (v: unknown) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : NaN);
  const s = int(start);
  const e = int(end);
  if (!Number.isInteger(s) || !Number.isInteger(e) || s >= e || e > textLength) return null;
  return { start: s, end: e };
}
