// The languages letters are written in, and which to offer first. Portuguese comes in two: the
// GDPR's European Portuguese text and the LGPD's Brazilian one use different words and spelling.

export const LETTER_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt-PT", "pt-BR", "pl"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Each language named in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<LetterLanguage, { native: string; english: string }>> = {
  en: { native: "English", english: "English" },
  de: { native: "Deutsch", english: "German" },
  fr: { native: "Français", english: "French" },
  es: { native: "Español", english: "Spanish" },
  it: { native: "Italiano", english: "Italian" },
  nl: { native: "Nederlands", english: "Dutch" },
  "pt-PT": { native: "Português (Portugal)", english: "Portuguese (Portugal)" },
  "pt-BR": { native: "Português (Brasil)", english: "Portuguese (Brazil)" },
  pl: { native: "Polski", english: "Polish" },
};

/** The language most people write official letters in, per country (ISO 3166); Belgium and Switzerland have several and get the first listed. */
const COUNTRY_LANGUAGE: Readonly<Record<string, LetterLanguage>> = {
  DE: "de",
  AT: "de",
  LI: "de",
  CH: "de",
  LU: "fr",
  FR: "fr",
  BE: "nl",
  MC: "fr",
  ES: "es",
  IT: "it",
  SM: "it",
  NL: "nl",
  PT: "pt-PT",
  BR: "pt-BR",
  PL: "pl",
  GB: "en",
  IE: "en",
  MT: "en",
  US: "en",
  AU: "en",
  IN: "en",
};

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return typeof value === "string" && (LETTER_LANGUAGES as readonly string[]).includes(value);
}

/**
 * A language code from outside ("fr", "pt", "pt-br", "de-AT") as a letter language, or undefined.
 * Bare "pt" means Brazil's Portuguese only when the country says so.
 */
export function letterLanguageFromCode(code: string | undefined, country?: string): LetterLanguage | undefined {
  if (!code) return undefined;
  const [base = "", region = ""] = code.trim().toLowerCase().split(/[-_]/);
  if (base === "pt") return region === "br" || (!region && country?.toUpperCase() === "BR") ? "pt-BR" : "pt-PT";
  return isLetterLanguage(base) ? base : undefined;
}

export function countryLanguage(country: string | undefined, state?: string): LetterLanguage | undefined {
  if (country?.toUpperCase() === "CA") return state?.toUpperCase() === "QC" ? "fr" : "en";
  return country ? COUNTRY_LANGUAGE[country.toUpperCase()] : undefined;
}

export type LanguageSources = {
  /** The requester's own languages, best first (from the browser's Accept-Language). */
  requester?: readonly string[];
  /** The company's request language from the catalogue. */
  company?: string;
  /** Where the requester lives. */
  country?: string;
  state?: string;
};

export type LanguageOffer = { language: LetterLanguage; why: ("requester" | "company" | "country")[] };

/** Languages to offer, those with a reason first (the company's, then the requester's, then the country's), then the rest. */
export function offeredLanguages(sources: LanguageSources): LanguageOffer[] {
  const reasons = new Map<LetterLanguage, LanguageOffer["why"]>();
  const add = (language: LetterLanguage | undefined, why: LanguageOffer["why"][number]) => {
    if (!language) return;
    const list = reasons.get(language) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(language, list);
  };
  add(letterLanguageFromCode(sources.company, sources.country), "company");
  for (const code of sources.requester ?? []) add(letterLanguageFromCode(code, sources.country), "requester");
  add(countryLanguage(sources.country, sources.state), "country");
  const ranked = [...reasons].map(([language, why]) => ({ language, why }));
  return [...ranked, ...LETTER_LANGUAGES.filter((l) => !reasons.has(l)).map((language) => ({ language, why: [] }))];
}

/** "fr-CH, fr;q=0.9, en;q=0.8" → ["fr-CH", "fr", "en"], by weight; at most 10 tags, each checked by shape. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 500)
    .split(",")
    .slice(0, 10)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter(({ tag, weight }) => weight > 0 && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}
