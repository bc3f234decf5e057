import type { Citation } from "../types";

export function customServiceHref(id: string): string {
  return `/services/custom/${encodeURIComponent(id)}`;
}

/** A custom service's page with the cited words of its saved text marked. */
export function customCitationHref(id: string, citation: Citation): string {
  return `${customServiceHref(id)}?start=${citation.start}&end=${citation.end}#cited`;
}
