import { boundedDistance, fold, foldExpanded, normalizeQuery, typoLimit } from "./normalize";
import type { Category } from "./schema";

// Type-ahead over the whole catalogue, in memory on the server: by name, brand, web domain and
// alias, tolerant of case, accents and typos. The index is built once; a query scans it in linear time.

export type Searchable = {
  slug: string;
  name: string;
  runs: readonly string[];
  web?: string;
  email?: string;
  countries: readonly string[];
  categories: readonly string[];
  /** We keep its policy record too: we know more about it. */
  hasPolicy?: boolean;
};

type KeyKind = "brand" | "name" | "alias" | "domain";
type Key = { kind: KeyKind; text: string; tokens: number[] };
type Entry<T> = { item: T; keys: Key[] };
export type SearchIndex<T extends Searchable> = { entries: Entry<T>[]; tokens: string[]; masks: Uint32Array };

export type SearchOptions = { category?: Category | undefined; country?: string | undefined; near?: string | undefined; limit?: number };
export type SearchHit<T> = { item: T; score: number; matched: KeyKind };
export type SearchResult<T> = { query: string; total: number; hits: SearchHit<T>[] };

const LEGAL_SUFFIXES = new Set([
  "gmbh",
  "ag",
  "se",
  "kg",
  "co",
  "ltd",
  "limited",
  "inc",
  "llc",
  "bv",
  "b",
  "v",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "plc",
  "ev",
  "e",
  "ohg",
  "mbh",
  "ug",
  "corp",
  "corporation",
  "ab",
  "as",
  "oy",
  "nv",
  "holding",
  "international",
  "the",
]);
const KIND_BONUS: Record<KeyKind, number> = { brand: 6, alias: 4, name: 3, domain: 2 };

function hostLabel(url: string | undefined): string | null {
  if (!url) return null;
  const host =
    url
      .replace(/^[a-z]+:\/\//i, "")
      .split(/[/?#:]/)[0]
      ?.replace(/^www\./i, "") ?? "";
  return host || null;
}

/** Which of 32 character classes a word contains: a word k edits away lacks at most k of the query's. */
function charMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 32);
  return mask >>> 0;
}

function missing(bits: number): number {
  let n = 0;
  for (let b = bits >>> 0; b !== 0; b &= b - 1) n++;
  return n;
}

function keysOf(item: Searchable): { kind: KeyKind; text: string }[] {
  const keys: { kind: KeyKind; text: string }[] = [
    { kind: "name", text: item.name },
    { kind: "alias", text: item.slug.replace(/-/g, " ") },
  ];
  const bare = fold(item.name)
    .split(" ")
    .filter((w) => !LEGAL_SUFFIXES.has(w))
    .join(" ");
  if (bare) keys.push({ kind: "alias", text: bare });
  for (const brand of item.runs) keys.push({ kind: "brand", text: brand.replace(/\((?:formerly|ehem\.?|früher)\)/gi, "") });
  for (const host of [hostLabel(item.web), item.email?.split("@")[1] ?? null]) {
    if (host) keys.push({ kind: "domain", text: host }, { kind: "domain", text: host.split(".").slice(0, -1).join(" ") });
  }
  return keys;
}

export function buildIndex<T extends Searchable>(items: readonly T[]): SearchIndex<T> {
  const tokenIds = new Map<string, number>();
  const tokens: string[] = [];
  const id = (token: string) => {
    let n = tokenIds.get(token);
    if (n === undefined) tokenIds.set(token, (n = tokens.push(token) - 1));
    return n;
  };
  const entries = items.map((item) => {
    const seen = new Set<string>();
    const keys: Key[] = [];
    for (const { kind, text } of keysOf(item)) {
      for (const folded of new Set([fold(text), foldExpanded(text)])) {
        if (!folded || seen.has(`${kind}:${folded}`)) continue;
        seen.add(`${kind}:${folded}`);
        keys.push({
          kind,
          text: folded,
          tokens: folded
            .split(" ")
            .slice(0, 12)
            .map((t) => id(t.slice(0, 40))),
        });
      }
    }
    return { item, keys };
  });
  return { entries, tokens, masks: Uint32Array.from(tokens, charMask) };
}

/** For each query word, its best match with each distinct index word: 0 exact … 3 typo in a prefix. */
function wordMatches(tokens: readonly string[], masks: Uint32Array, word: string): Uint8Array {
  const grades = new Uint8Array(tokens.length).fill(9);
  const limit = typoLimit(word.length);
  const mask = charMask(word);
  tokens.forEach((token, i) => {
    if (token === word) grades[i] = 0;
    else if (token.startsWith(word)) grades[i] = 1;
    else if (limit > 0 && token.length >= word.length - limit && missing(mask & ~masks[i]!) <= limit) {
      const d = boundedDistance(word, token, limit);
      if (d.whole <= limit) grades[i] = 1 + d.whole;
      else if (d.prefix <= limit && word.length >= 4) grades[i] = 3 + d.prefix;
    }
  });
  return grades;
}

function keyScore(key: Key, query: string, grades: Uint8Array[]): number {
  if (key.text === query) return 100;
  // A nearly complete word ranks above a long one that merely starts the same way.
  if (key.text.startsWith(query)) return 85 - Math.min(10, key.text.length - query.length) / 2;
  let worst = 0;
  let sum = 0;
  for (const g of grades) {
    let best = 9;
    for (const t of key.tokens) if (g[t]! < best) best = g[t]!;
    if (best === 9) return 0;
    worst = Math.max(worst, best);
    sum += best;
  }
  return worst === 0 ? 75 : 72 - 6 * sum;
}

function preference(countries: readonly string[], near: string | undefined): number {
  if (!near) return 0;
  return countries.includes(near) ? 8 : countries.includes("all") ? 4 : 0;
}

function passes(item: Searchable, options: SearchOptions): boolean {
  if (options.category && !item.categories.includes(options.category)) return false;
  if (options.country && !item.countries.includes(options.country) && !item.countries.includes("all")) return false;
  return true;
}

const byName = <T extends Searchable>(a: SearchHit<T>, b: SearchHit<T>) =>
  b.score - a.score || a.item.name.length - b.item.name.length || (a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0);

export function search<T extends Searchable>(index: SearchIndex<T>, raw: unknown, options: SearchOptions = {}): SearchResult<T> {
  const { text, tokens } = normalizeQuery(raw);
  const limit = Math.max(1, Math.min(options.limit ?? 20, 100));
  const hits: SearchHit<T>[] = [];
  if (!text) {
    if (!options.category && !options.country) return { query: text, total: 0, hits: [] };
    for (const { item } of index.entries)
      if (passes(item, options)) hits.push({ item, score: preference(item.countries, options.near ?? options.country), matched: "name" });
  } else {
    const grades = tokens.map((word) => wordMatches(index.tokens, index.masks, word));
    for (const { item, keys } of index.entries) {
      if (!passes(item, options)) continue;
      let best: SearchHit<T> | null = null;
      for (const key of keys) {
        const base = keyScore(key, text, grades);
        const score = base > 0 ? base + KIND_BONUS[key.kind] : 0;
        if (score > (best?.score ?? 0)) best = { item, score, matched: key.kind };
      }
      if (best) hits.push({ ...best, score: best.score + preference(item.countries, options.near) + (item.hasPolicy ? 2 : 0) });
    }
  }
  hits.sort(byName);
  return { query: text, total: hits.length, hits: hits.slice(0, limit) };
}
