import { readFileSync } from "node:fs";
import { join } from "node:path";
import { services } from "@/lib/services/services";
import type { ServiceRecord } from "@/lib/services/types";
import { companyRecord, DATASET_VERSION } from "./company-record";
import type { CatalogAuthority, CatalogCompany, CatalogFile, Category, Provenance } from "./schema";
import { buildIndex, search, type SearchIndex, type SearchOptions, type SearchResult } from "./search";

// The catalogue as the app reads it: the imported companies, plus the services we keep policy
// records for that the dataset lacks (Trakt), each once. Loaded and indexed once per process.

/** A company of the catalogue: contact facts where the dataset has it, a policy record where we do. */
export type CatalogEntry = {
  slug: string;
  name: string;
  runs: string[];
  web?: string;
  email?: string;
  countries: string[];
  categories: Category[];
  contact: CatalogCompany | null;
  hasPolicy: boolean;
};

const DATA_DIR = join(process.cwd(), "lib/catalog/data");

type Loaded = { provenance: Provenance; entries: Map<string, CatalogEntry>; index: SearchIndex<CatalogEntry>; authorities: CatalogAuthority[] };
let loaded: Loaded | null = null;

function read<T>(file: string): CatalogFile<T> {
  return JSON.parse(readFileSync(join(DATA_DIR, file), "utf8")) as CatalogFile<T>;
}

function load(): Loaded {
  if (loaded) return loaded;
  const companies = read<CatalogCompany>("companies.json");
  const authorities = read<CatalogAuthority>("authorities.json");
  const policySlugs = new Set(services.map((s) => s.slug));
  const entries = new Map<string, CatalogEntry>();
  for (const c of companies.records) {
    entries.set(c.slug, {
      slug: c.slug,
      name: c.name,
      runs: c.runs,
      ...(c.web ? { web: c.web } : {}),
      ...(c.email ? { email: c.email } : {}),
      countries: c.countries,
      categories: c.categories,
      contact: c,
      hasPolicy: policySlugs.has(c.slug),
    });
  }
  for (const s of services) {
    if (!entries.has(s.slug))
      entries.set(s.slug, {
        slug: s.slug,
        name: s.name,
        runs: [],
        web: s.website,
        countries: ["all"],
        categories: s.categories ?? ["entertainment"],
        contact: null,
        hasPolicy: true,
      });
  }
  loaded = { provenance: companies.provenance, entries, index: buildIndex([...entries.values()]), authorities: authorities.records };
  return loaded;
}

export function catalogProvenance(): Provenance {
  return load().provenance;
}

export function findCompany(slug: string): CatalogEntry | undefined {
  return load().entries.get(slug);
}

export function catalogSize(): number {
  return load().entries.size;
}

export function searchCatalog(query: unknown, options: SearchOptions = {}): SearchResult<CatalogEntry> {
  return search(load().index, query, options);
}

export function listAuthorities(): readonly CatalogAuthority[] {
  return load().authorities;
}

const records = new Map<string, ServiceRecord>();

/** The wizard's record for a dataset company, built on first use and kept. */
export function findCompanyRecord(slug: string, versionId: string): ServiceRecord | undefined {
  if (versionId !== DATASET_VERSION) return undefined;
  const contact = findCompany(slug)?.contact;
  if (!contact) return undefined;
  let record = records.get(slug);
  if (!record) records.set(slug, (record = companyRecord(contact, catalogProvenance())));
  return record;
}
