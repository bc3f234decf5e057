// Pure and safe everywhere (proxy, server, browser, tests): which locale a request asks for.
// The list of locales itself comes from the folders of messages/ (see catalog.ts).

export const DEFAULT_LOCALE = "en";
/** Set by the language switcher; next-intl's own name for it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** A locale tag we would accept as a folder name: "en", "de", "pt-BR". */
export function isLocaleTag(value: unknown): value is string {
  return typeof value === "string" && /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/.test(value);
}

/** The supported locale that best matches one tag: exact, then by language ("de-AT" → "de"). */
export function matchLocale(tag: string, supported: readonly string[]): string | null {
  const wanted = tag.trim().toLowerCase();
  if (!wanted || wanted === "*") return null;
  const exact = supported.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split("-")[0];
  return supported.find((locale) => locale.toLowerCase() === language) ?? supported.find((locale) => locale.toLowerCase().split("-")[0] === language) ?? null;
}

/** Accept-Language as tags, highest quality first (ties keep the browser's order); q=0 means "not this". */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  // A browser sends a handful; a longer header is not worth reading in full.
  const entries = header.slice(0, 1_000).split(",").slice(0, 30);
  return entries
    .map((entry, index) => {
      const [tag = "", ...params] = entry.split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

export type LocaleSources = { cookie?: string | null; acceptLanguage?: string | null };

/** The cookie the switcher set, else the browser's languages, else English. */
export function resolveLocale({ cookie, acceptLanguage }: LocaleSources, supported: readonly string[]): string {
  if (cookie) {
    const chosen = matchLocale(cookie, supported);
    if (chosen) return chosen;
  }
  for (const tag of parseAcceptLanguage(acceptLanguage)) {
    const match = matchLocale(tag, supported);
    if (match) return match;
  }
  return supported.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (supported[0] ?? DEFAULT_LOCALE);
}
