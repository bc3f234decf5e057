import type { CatalogCompany } from "./schema";

// A correction in the dataset's own record format (schema-companies.json), ready to propose upstream.

export type StoredCorrection = { companySlug: string; address: string | null; email: string | null; note: string | null; updatedAt: Date };

export function correctionAsDatasetRecord(company: CatalogCompany, correction: StoredCorrection): Record<string, unknown> {
  const record: Record<string, unknown> = {
    slug: company.slug,
    "relevant-countries": company.countries,
    ...(company.categories.length ? { categories: company.categories } : {}),
    name: company.name,
    ...(company.runs.length ? { runs: company.runs } : {}),
    address: correction.address ?? company.address,
    ...(company.phone ? { phone: company.phone } : {}),
    ...(company.fax ? { fax: company.fax } : {}),
    ...((correction.email ?? company.email) ? { email: correction.email ?? company.email } : {}),
    ...(company.webform ? { webform: company.webform } : {}),
    ...(company.web ? { web: company.web } : {}),
    sources: company.sources,
    ...(company.requiredElements.length
      ? { "required-elements": company.requiredElements.map((e) => ({ desc: e.desc, type: e.type, ...(e.optional ? { optional: true } : {}) })) }
      : {}),
    ...(company.requestLanguage ? { "request-language": company.requestLanguage } : {}),
    "needs-id-document": company.needsIdDocument,
    "suggested-transport-medium": company.transport,
    comments: [...company.comments, ...(correction.note ? [correction.note] : [])],
    quality: company.quality,
  };
  return record;
}

/** The contact facts the user's letters use: the dataset's, with their correction on top. */
export function applyCorrection(company: CatalogCompany, correction: Pick<StoredCorrection, "address" | "email"> | null): CatalogCompany {
  if (!correction) return company;
  return {
    ...company,
    ...(correction.address ? { address: correction.address } : {}),
    ...(correction.email ? { email: correction.email, transport: company.transport === "letter" ? "email" : company.transport } : {}),
  };
}
