import type { Span } from "./types";

/** Most matches any one detector keeps: a real policy has hundreds of facts at most, and this bounds the work per input. */
export const MAX_MATCHES = 5_000;

/**
 * The last index of `needle` in text[at - reach, at), or -1: a backward search that cannot run to
 * the start of a 2 MB text once per match.
 */
export function lastIndexNear(text: string, needle: string, at: number, reach = 2_000): number {
  const from = Math.max(0, at - reach);
  const i = text.slice(from, at).lastIndexOf(needle);
  return i === -1 ? -1 : from + i;
}

/** Where the line holding `at` starts, looking back at most `reach` characters. */
export function lineStartNear(text: string, at: number, reach = 2_000): number {
  const i = lastIndexNear(text, "\n", at, reach);
  return i === -1 ? Math.max(0, at - reach) : i + 1;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, quote: text.slice(start, end) };
}

const MAX_SENTENCE = 400;

/**
 * The sentence around [start, end): bounded by ". ", "? ", "! ", a line break, or a sentence run
 * straight into a capital ("anytime.Trakt"), and capped so a capture without punctuation stays small.
 */
export function sentenceAround(text: string, start: number, end: number, max = MAX_SENTENCE): Span {
  let s = start;
  while (s > 0 && start - s < max && !isBoundaryBefore(text, s)) s--;
  let e = end;
  while (e < text.length && e - end < max && !isBoundaryAfter(text, e)) e++;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  return spanOf(text, s, e);
}

const PUNCT = /[.!?]/;

// "No. 78-17", "e.g. a phone", "Art. 6 GDPR", "42 N. Chestnut St., Ventura": a full stop that ends
// an abbreviation or an initial ends no sentence.
const ABBREVIATIONS = new Set(
  "e.g i.e etc no nr nos art arts para sec cf vs inc ltd co corp st ave rd dr mr mrs ms prof approx incl ca bzw usw z.b d.h u.s u.k s.a ste fl dept tel fax p.o n s e w b.v n.v s.l s.r.l s.a.s l.l.c pte".split(
    " ",
  ),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s < 8 && /[\p{L}.]/u.test(text[s - 1] ?? "")) s--;
  const word = text.slice(s, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(s, dot));
}

const endsWithEtc = (text: string, dot: number) => /(?:^|[^\p{L}])etc$/iu.test(text.slice(Math.max(0, dot - 4), dot));

// A sentence ends at a line break, at ". " and where a capture ran one sentence into the next
// ("anytime.Trakt"): punctuation between a lower-case letter and a capital.
function isBoundary(text: string, i: number): boolean {
  const before = text[i - 1] ?? "";
  const at = text[i] ?? "";
  if (at === "\n") return true;
  if (!PUNCT.test(before)) return false;
  // "etc." ends its list and, before a capital, its sentence ("… history of changes, etc. If collected, …").
  if (before === "." && endsWithAbbreviation(text, i - 1) && !(at === " " && endsWithEtc(text, i - 1) && /\p{Lu}/u.test(text[i + 1] ?? ""))) return false;
  return at === " " || (/[A-Z]/.test(at) && /[a-z]/.test(text[i - 2] ?? ""));
}

function isBoundaryBefore(text: string, i: number): boolean {
  return text[i - 1] === "\n" || (text[i - 1] === " " && isBoundary(text, i - 1)) || isBoundary(text, i);
}

function isBoundaryAfter(text: string, i: number): boolean {
  return isBoundary(text, i);
}

export function normalizeText(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
}

// "No automated decision making takes place", "will never request access to": a negation in the
// same clause just before the words, in English, German or French.
const NEGATION = /\b(?:no|not|never|neither|nor|without|don[’']t|doesn[’']t|won[’']t|cannot|kein\w*|nicht|niemals|ne|n[’']|jamais|aucun\w*)\b/i;
const NEGATION_REACH = 40;

export function negatedBefore(text: string, start: number, sentenceStart: number): boolean {
  let from = Math.max(sentenceStart, start - NEGATION_REACH);
  const before = text.slice(from, start);
  const clause = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  if (clause !== -1) from += clause + 1;
  return NEGATION.test(text.slice(from, start));
}
