import { z } from "zod";
import { CATEGORIES, COUNTRIES, type Category } from "./schema";

// The search form's URL parameters. Anything malformed is dropped, never an error: a search always answers.

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = z.preprocess(first, z.string().catch("")).catch("");
const category = z.preprocess(first, z.enum(CATEGORIES).optional().catch(undefined));
const country = z.preprocess(
  first,
  z
    .enum(COUNTRIES.filter((c) => c !== "all") as [string, ...string[]])
    .optional()
    .catch(undefined),
);

export const catalogQuerySchema = z.object({ q: text, category, country });
export type CatalogQuery = { q: string; category?: Category | undefined; country?: string | undefined };

export function parseCatalogQuery(params: Record<string, unknown>): CatalogQuery {
  const parsed = catalogQuerySchema.parse(params);
  return { q: parsed.q.slice(0, 200), category: parsed.category, country: parsed.country };
}

/** The user's country from Accept-Language ("de-DE,de;q=0.9" → "de"), to rank companies near them first. */
export function countryFromLanguages(header: string | null): string | undefined {
  const region = header?.slice(0, 200).split(",")[0]?.split(";")[0]?.split("-")[1]?.toLowerCase();
  return region && (COUNTRIES as readonly string[]).includes(region) ? region : undefined;
}

/** A country's name in the reader's language; "all" is the caller's word for everywhere. */
export function countryName(code: string, locale = "en", everywhere = "everywhere"): string {
  if (code === "all") return everywhere;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}
