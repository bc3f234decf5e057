import type { RegimeId, RightId } from "@/lib/law/types";
import type { LetterLanguage } from "../languages";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pl } from "./pl";
import { ptPT } from "./pt";
import { ptBR } from "./pt-br";
import type { LawFamily, LetterTemplate } from "./types";

export type { LawFamily, LetterTemplate } from "./types";

/** The languages with a letter template; any other falls back to English (resolveTemplate). */
export const TEMPLATES: Readonly<Partial<Record<LetterLanguage, LetterTemplate>>> = { en, de, fr, es, it, nl, "pt-PT": ptPT, "pt-BR": ptBR, pl };
export { en as ENGLISH };

/** The template a finished letter was written with. */
export function templateOf(language: LetterLanguage): LetterTemplate {
  return TEMPLATES[language] ?? en;
}
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

/** Whether a language writes this law's letter for these rights: the law named, every right worded for the law's family. */
export function templateCovers(template: LetterTemplate, regime: RegimeId, rights: readonly RightId[]): boolean {
  const family = LAW_FAMILY[regime];
  if (!template.lawPhrase[regime] || !template.lawName[regime]) return false;
  return rights.every((right) => {
    const text = template.rights[right];
    return Boolean(text && (text.paragraphs[family] ?? text.paragraphs.other));
  });
}

/** The template a letter uses: the one asked for where it covers the law and rights, otherwise English with the language it replaces. */
export function resolveTemplate(
  language: LetterLanguage,
  regime: RegimeId,
  rights: readonly RightId[],
): { template: LetterTemplate; fallbackFrom?: LetterLanguage } {
  const asked = TEMPLATES[language];
  return asked && templateCovers(asked, regime, rights) ? { template: asked } : { template: en, fallbackFrom: language };
}

/** For letters with their own wording (follow-ups, complaints): the language where it has that wording and names the law, otherwise English. */
export function resolveLetterLanguage<T>(
  wordings: Readonly<Partial<Record<LetterLanguage, T>>>,
  language: LetterLanguage,
  regime: RegimeId,
): { language: LetterLanguage; wording: T; template: LetterTemplate; fallbackFrom?: LetterLanguage } {
  const template = TEMPLATES[language];
  const wording = wordings[language];
  if (template?.lawPhrase[regime] && wording) return { language, wording, template };
  const english = wordings.en;
  if (!english) throw new Error("Every letter has an English wording.");
  return { language: "en", wording: english, template: en, fallbackFrom: language };
}

/** The languages that write a request under this law for these rights without falling back to English. */
export function requestLanguages(regime: RegimeId, rights: readonly RightId[]): LetterLanguage[] {
  return (Object.keys(TEMPLATES) as LetterLanguage[]).filter((language) => templateCovers(TEMPLATES[language]!, regime, rights));
}
