import type { RegimeId } from "@/lib/law/types";
import type { LetterLanguage } from "../types";
import { de } from "./de";
import { en } from "./en";
import type { LawFamily, LetterTemplate } from "./types";

export type { LawFamily, LetterTemplate, RequestContext } from "./types";

export const TEMPLATES: Readonly<Record<LetterLanguage, LetterTemplate>> = { en, de };

/** Which family's wording a regime's letters use; the US state laws share the generic wording. */
export const LAW_FAMILY: Readonly<Record<RegimeId, LawFamily>> = {
  "eu-gdpr": "gdpr",
  "uk-gdpr": "gdpr",
  ccpa: "ccpa",
  "us-va": "other",
  "us-co": "other",
  "us-ct": "other",
  "us-ut": "other",
  "us-tx": "other",
  "us-or": "other",
  "us-ia": "other",
  pipeda: "other",
  lgpd: "other",
  "ch-fadp": "other",
  "us-mt": "other",
  "us-de": "other",
  "us-nh": "other",
  "us-nj": "other",
  "us-ne": "other",
  "us-tn": "other",
  "us-mn": "other",
  "us-md": "other",
  "us-in": "other",
  "us-ky": "other",
  "us-ri": "other",
  "ca-qc": "other",
  "jp-appi": "other",
  "kr-pipa": "other",
  "au-privacy": "other",
  "in-dpdp": "other",
  commitments: "other",
};
