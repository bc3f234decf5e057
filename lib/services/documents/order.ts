import type { PolicyDocument } from "./documents";

/**
 * Oldest first: dated versions by their stated date (captures by their capture date); an undated version goes just before the
 * version its content shows it predates (documents.ts records why).
 */
export function orderVersions(docs: readonly PolicyDocument[]): PolicyDocument[] {
  const dateOf = (d: PolicyDocument) => (d.ordering.by === "capture-date" ? d.capturedAt : d.effectiveDate);
  const ordered = docs.filter((d) => dateOf(d) !== null).sort((a, b) => (dateOf(a) ?? "").localeCompare(dateOf(b) ?? ""));
  for (const doc of docs.filter((d) => dateOf(d) === null)) {
    const precedes = doc.ordering.by === "content" ? doc.ordering.precedes : null;
    const anchor = ordered.findIndex((d) => d.id === precedes);
    // Without a known anchor an undated text goes first: nothing shows it to be newer.
    ordered.splice(anchor === -1 ? 0 : anchor, 0, doc);
  }
  return ordered;
}
