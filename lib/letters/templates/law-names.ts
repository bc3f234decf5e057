import type { RegimeId } from "@/lib/law/types";

type Names = { lawName: string; en: string; de: string };

/** The laws added with issue 13: the short name letters cite and the phrase a sentence uses. */
const NEW_LAWS = {
  "us-mt": { lawName: "MCDPA", en: "the Montana Consumer Data Privacy Act", de: "dem Montana Consumer Data Privacy Act" },
  "us-de": { lawName: "DPDPA", en: "the Delaware Personal Data Privacy Act", de: "dem Delaware Personal Data Privacy Act" },
  "us-nh": { lawName: "NHPA", en: "the New Hampshire Privacy Act", de: "dem New Hampshire Privacy Act" },
  "us-nj": { lawName: "NJDPA", en: "the New Jersey Data Privacy Act", de: "dem New Jersey Data Privacy Act" },
  "us-ne": { lawName: "NDPA", en: "the Nebraska Data Privacy Act", de: "dem Nebraska Data Privacy Act" },
  "us-tn": { lawName: "TIPA", en: "the Tennessee Information Protection Act", de: "dem Tennessee Information Protection Act" },
  "us-mn": { lawName: "MCDPA", en: "the Minnesota Consumer Data Privacy Act", de: "dem Minnesota Consumer Data Privacy Act" },
  "us-md": { lawName: "MODPA", en: "the Maryland Online Data Privacy Act", de: "dem Maryland Online Data Privacy Act" },
  "us-in": { lawName: "ICDPA", en: "the Indiana Consumer Data Protection Act", de: "dem Indiana Consumer Data Protection Act" },
  "us-ky": { lawName: "KCDPA", en: "the Kentucky Consumer Data Protection Act", de: "dem Kentucky Consumer Data Protection Act" },
  "us-ri": {
    lawName: "RIDTPPA",
    en: "the Rhode Island Data Transparency and Privacy Protection Act",
    de: "dem Rhode Island Data Transparency and Privacy Protection Act",
  },
  "ca-qc": {
    lawName: "P-39.1",
    en: "Quebec's Act respecting the protection of personal information in the private sector (CQLR c. P-39.1, as amended by Law 25)",
    de: "dem Gesetz von Québec über den Schutz personenbezogener Daten im Privatsektor (CQLR c. P-39.1, geändert durch Law 25)",
  },
  "jp-appi": {
    lawName: "APPI",
    en: "Japan's Act on the Protection of Personal Information (APPI)",
    de: "dem japanischen Gesetz zum Schutz personenbezogener Daten (APPI)",
  },
  "kr-pipa": { lawName: "PIPA", en: "Korea's Personal Information Protection Act (PIPA)", de: "dem koreanischen Personal Information Protection Act (PIPA)" },
  "au-privacy": {
    lawName: "Privacy Act",
    en: "Australia's Privacy Act 1988 and the Australian Privacy Principles",
    de: "dem australischen Privacy Act 1988 und den Australian Privacy Principles",
  },
  "in-dpdp": { lawName: "DPDP Act", en: "India's Digital Personal Data Protection Act, 2023", de: "dem indischen Digital Personal Data Protection Act 2023" },
  commitments: { lawName: "privacy policy", en: "the commitments in your own privacy policy", de: "den Zusagen in Ihrer eigenen Datenschutzerklärung" },
} as const satisfies Partial<Record<RegimeId, Names>>;

type NewId = keyof typeof NEW_LAWS;
const pick = (key: keyof Names) => Object.fromEntries(Object.entries(NEW_LAWS).map(([id, names]) => [id, names[key]])) as Record<NewId, string>;

export const NEW_LAW_NAMES = pick("lawName");
export const NEW_LAW_PHRASES_EN = pick("en");
export const NEW_LAW_PHRASES_DE = pick("de");
