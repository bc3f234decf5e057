import type { z } from "zod";
import {
  datasetAuthoritySchema,
  datasetCompanySchema,
  type CatalogAuthority,
  type CatalogCompany,
  type CatalogFile,
  type DatasetAuthority,
  type DatasetCompany,
  type Provenance,
} from "./schema";

// Dataset records in, the catalogue's own records out: every record validated, the rejected ones
// named with the reason, and the result compared with the previous import so an update is reviewed.

export type Rejection = { index: number; slug: string; reasons: string[] };
export type Validated<T> = { accepted: T[]; rejected: Rejection[] };

function reasons(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => (issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")}` : issue.message)))];
}

function slugOf(raw: unknown): string {
  const slug = raw && typeof raw === "object" ? (raw as { slug?: unknown }).slug : undefined;
  return typeof slug === "string" ? slug.slice(0, 60) : "(no slug)";
}

export function validateAll<S extends z.ZodType>(schema: S, raw: unknown): Validated<z.output<S>> {
  const list = Array.isArray(raw) ? raw : [];
  const accepted: z.output<S>[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) return rejected.push({ index, slug: slugOf(item), reasons: reasons(parsed.error) });
    const slug = (parsed.data as { slug: string }).slug;
    if (seen.has(slug)) return rejected.push({ index, slug, reasons: ["duplicate slug"] });
    seen.add(slug);
    accepted.push(parsed.data);
  });
  return { accepted, rejected };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function toCompany(record: DatasetCompany): CatalogCompany {
  const transport = record["suggested-transport-medium"] ?? (record.email ? "email" : record.webform ? "webform" : "letter");
  return {
    slug: record.slug,
    name: record.name,
    runs: record.runs ?? [],
    address: record.address,
    ...optional("email", record.email),
    ...optional("webform", record.webform),
    ...optional("web", record.web),
    ...optional("phone", record.phone),
    ...optional("fax", record.fax),
    countries: record["relevant-countries"],
    categories: record.categories ?? [],
    requiredElements: (record["required-elements"] ?? []).map((e) => ({ desc: e.desc, type: e.type, optional: e.optional === true })),
    needsIdDocument: record["needs-id-document"] === true,
    transport,
    ...optional("requestLanguage", record["request-language"]),
    comments: record.comments ?? [],
    ...optional("nsfw", record.nsfw),
    sources: record.sources,
    quality: record.quality,
  };
}

export function toAuthority(record: DatasetAuthority): CatalogAuthority {
  return {
    slug: record.slug,
    name: record.name,
    address: record.address,
    ...optional("email", record.email),
    ...optional("webform", record.webform),
    ...optional("web", record.web),
    ...optional("phone", record.phone),
    ...optional("fax", record.fax),
    countries: record["relevant-countries"],
    ...optional("complaintLanguage", record["complaint-language"]),
    comments: record.comments ?? [],
    sources: record.sources ?? [],
  };
}

export function importCompanies(raw: unknown): Validated<CatalogCompany> {
  const { accepted, rejected } = validateAll(datasetCompanySchema, raw);
  return { accepted: accepted.map(toCompany).sort(bySlug), rejected };
}

export function importAuthorities(raw: unknown): Validated<CatalogAuthority> {
  const { accepted, rejected } = validateAll(datasetAuthoritySchema, raw);
  return { accepted: accepted.map(toAuthority).sort(bySlug), rejected };
}

function bySlug(a: { slug: string }, b: { slug: string }): number {
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** JSON with sorted keys and a final newline: the same input always gives the same bytes. */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return `${JSON.stringify(sort(value), null, 1)}\n`;
}

export function catalogFile<T>(provenance: Provenance, records: T[]): CatalogFile<T> {
  return { provenance, records };
}

export type RecordDiff = { added: string[]; removed: string[]; changed: { slug: string; fields: string[] }[] };

/** What an update adds, removes and changes, field by field, against the previous import. */
export function diffRecords<T extends { slug: string }>(previous: readonly T[], next: readonly T[]): RecordDiff {
  const before = new Map(previous.map((r) => [r.slug, r]));
  const after = new Map(next.map((r) => [r.slug, r]));
  const changed: RecordDiff["changed"] = [];
  for (const [slug, record] of after) {
    const old = before.get(slug);
    if (!old) continue;
    const keys = [...new Set([...Object.keys(old), ...Object.keys(record)])].sort();
    const fields = keys.filter((k) => stableJson((old as Record<string, unknown>)[k] ?? null) !== stableJson((record as Record<string, unknown>)[k] ?? null));
    if (fields.length > 0) changed.push({ slug, fields });
  }
  return {
    added: [...after.keys()].filter((s) => !before.has(s)).sort(),
    removed: [...before.keys()].filter((s) => !after.has(s)).sort(),
    changed: changed.sort(bySlug),
  };
}
