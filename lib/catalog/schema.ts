import { z } from "zod";

// The dataset's records as its JSON Schemas define them (schema-companies.json,
// schema-supervisory-authorities.json), and the shape we keep in lib/catalog/data.

export const COUNTRIES = [
  "all",
  "at",
  "be",
  "bg",
  "hr",
  "cy",
  "cz",
  "dk",
  "ee",
  "fi",
  "fr",
  "de",
  "gr",
  "hu",
  "ie",
  "it",
  "lv",
  "lt",
  "lu",
  "mt",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "si",
  "es",
  "se",
  "gb",
  "no",
  "is",
  "li",
  "ch",
] as const;
export type CatalogCountry = (typeof COUNTRIES)[number];

export const CATEGORIES = [
  "addresses",
  "ads",
  "church",
  "collection agency",
  "commerce",
  "credit agency",
  "entertainment",
  "finance",
  "health",
  "insurance",
  "nonprofit",
  "political party",
  "public body",
  "school",
  "social media",
  "telecommunication",
  "travel",
  "utility",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUALITIES = ["tested", "verified", "imported", "scraped"] as const;
export type Quality = (typeof QUALITIES)[number];

export const ELEMENT_TYPES = ["input", "textarea", "email", "address", "name", "birthdate"] as const;

const PHONE = /^\+\d+ \d+ (?:\d+ )*\d+(?: ext\. \d+)?$/;
const AUTHORITY_PHONE = /^\+\d+ \d+ [\d ]+$/;
const nonBlank = (what: string) => z.string(`${what} must be text`).trim().min(1, `no ${what}`);
const url = (what: string) => z.url({ protocol: /^https?$/, error: `malformed ${what}` });
// The dataset allows internationalised addresses (format idn-email): datenschutz@günstiger-reisen.de.
// Invisible characters (a soft hyphen pasted from a web page) make an address that bounces.
const email = z
  .email({ pattern: z.regexes.unicodeEmail, error: "malformed email" })
  .refine((v) => !/[\p{Cf}\p{Cc}\s]/u.test(v), "malformed email (invisible characters)");
// Our request references allow 60 characters; the dataset's pattern has no limit.
const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/, "malformed slug")
  .max(60, "slug longer than 60 characters");

// Companies and authorities describe their online channels alike.
const onlineContact = {
  email: email.optional(),
  webform: url("web form").optional(),
  "pgp-fingerprint": z.string().optional(),
  "pgp-url": url("PGP URL").optional(),
  web: url("website").optional(),
};

export const datasetCompanySchema = z.strictObject({
  slug,
  "relevant-countries": z.array(z.enum(COUNTRIES, "unknown country")).min(1, "no country"),
  categories: z.array(z.enum(CATEGORIES, "unknown category")).optional(),
  name: nonBlank("name").max(200, "name too long"),
  runs: z.array(z.string().trim().min(1).max(200)).optional(),
  address: nonBlank("address").max(500, "address too long"),
  phone: z.string().regex(PHONE, "malformed phone").optional(),
  fax: z.string().regex(PHONE, "malformed fax").optional(),
  ...onlineContact,
  sources: z.array(url("source")).min(1, "no sources"),
  "required-elements": z
    .array(
      z.strictObject({ desc: nonBlank("element description").max(200), type: z.enum(ELEMENT_TYPES, "unknown element type"), optional: z.boolean().optional() }),
    )
    .optional(),
  "request-language": z
    .string()
    .regex(/^[a-z]{2}$/, "malformed request language")
    .optional(),
  "custom-access-template": z.string().optional(),
  "custom-erasure-template": z.string().optional(),
  "custom-rectification-template": z.string().optional(),
  "custom-objection-template": z.string().optional(),
  "needs-id-document": z.boolean().optional(),
  "suggested-transport-medium": z.enum(["fax", "letter", "email", "webform"]).optional(),
  comments: z.array(z.string()).optional(),
  quality: z.enum(QUALITIES, "unknown quality"),
  "facet-group": z.enum(["church", "school"]).optional(),
  nsfw: z.literal(true).optional(),
});
export type DatasetCompany = z.output<typeof datasetCompanySchema>;

export const datasetAuthoritySchema = z.strictObject({
  slug,
  "relevant-countries": z.array(z.string().regex(/^(?:[a-z]{2}|all)$/, "unknown country")).min(1, "no country"),
  name: nonBlank("name"),
  address: nonBlank("address"),
  phone: z.string().regex(AUTHORITY_PHONE, "malformed phone").optional(),
  fax: z.string().regex(AUTHORITY_PHONE, "malformed fax").optional(),
  ...onlineContact,
  sources: z.array(url("source")).optional(),
  "complaint-language": z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  "suggested-transport-medium": z.enum(["fax", "letter", "email"]).optional(),
  comments: z.array(z.string()).optional(),
});
export type DatasetAuthority = z.output<typeof datasetAuthoritySchema>;

export type RequiredElement = { desc: string; type: (typeof ELEMENT_TYPES)[number]; optional: boolean };
export type Transport = "email" | "letter" | "fax" | "webform";

/** One company as the catalogue keeps it: contact facts, and where they come from. */
export type CatalogCompany = {
  slug: string;
  name: string;
  runs: string[];
  address: string;
  email?: string;
  webform?: string;
  web?: string;
  phone?: string;
  fax?: string;
  countries: CatalogCountry[];
  categories: Category[];
  requiredElements: RequiredElement[];
  needsIdDocument: boolean;
  transport: Transport;
  requestLanguage?: string;
  comments: string[];
  nsfw?: true;
  sources: string[];
  quality: Quality;
};

export type CatalogAuthority = {
  slug: string;
  name: string;
  address: string;
  email?: string;
  webform?: string;
  web?: string;
  phone?: string;
  fax?: string;
  countries: string[];
  complaintLanguage?: string;
  comments: string[];
  sources: string[];
};

export type Provenance = { dataset: string; license: string; commit: string; date: string; url: string };
export type CatalogFile<T> = { provenance: Provenance; records: T[] };
