import type { Citation } from "./types";

function isCitation(value: unknown): value is Citation {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.document === "string" && typeof v.start === "number" && typeof v.end === "number" && typeof v.quote === "string";
}

/** Every citation anywhere in a value, with the path that leads to it (for test messages). */
export function collectCitations(value: unknown, path = "$"): { path: string; citation: Citation }[] {
  if (isCitation(value)) return [{ path, citation: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => collectCitations(v, `${path}.${k}`));
  }
  return [];
}

/** Whether the citation's quote is exactly the text at its range. */
export function citationMatches(citation: Citation, text: string): boolean {
  return citation.start >= 0 && citation.end > citation.start && text.slice(citation.start, citation.end) === citation.quote;
}
