// Text folded for matching: case, accents and German spellings do not matter ("Müller" = "muller" =
// "mueller", "Straße" = "strasse"). Linear in the input; the input is capped before anything else.

export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 8;
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

function words(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The folded form: "SCHUFA Holding AG" → "schufa holding ag", "Müller" → "muller". */
export function fold(text: string): string {
  return words(text.toLowerCase().replace(/ß/g, "ss"));
}

/** The German transcription as well: "Müller" → "mueller", for people who type it that way. */
export function foldExpanded(text: string): string {
  return words(
    text
      .toLowerCase()
      .replace(/ß/g, "ss")
      .replace(/[äöü]/g, (c) => UMLAUTS[c] ?? c),
  );
}

/** A search string as the index sees it: capped, folded, at most a few words. */
export function normalizeQuery(raw: unknown): { text: string; tokens: string[] } {
  const capped = typeof raw === "string" ? raw.slice(0, MAX_QUERY_LENGTH) : "";
  const tokens = fold(capped).split(" ").filter(Boolean).slice(0, MAX_TOKENS);
  return { text: tokens.join(" "), tokens };
}

/**
 * Edit distance (insertions, deletions, substitutions, adjacent swaps) between `a` and the closest
 * of `b` and its prefixes, or `limit + 1` once it must exceed `limit`. The prefix form lets a
 * half-typed word match: "shuf" is one edit from "schuf", the start of "schufa".
 */
export function boundedDistance(a: string, b: string, limit: number): { whole: number; prefix: number } {
  const m = a.length;
  const n = Math.min(b.length, m + limit + 1);
  const over = limit + 1;
  if (m === 0) return { whole: b.length > limit ? over : b.length, prefix: 0 };
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return { whole: over, prefix: over };
    [prev2, prev, row] = [prev, row, prev2];
  }
  const whole = b.length === n ? Math.min(prev[n]!, over) : over;
  return { whole, prefix: Math.min(Math.min(...prev), over) };
}

/** How many typos a word of this length may carry and still match. */
export function typoLimit(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}
