import type { Span } from "./types";

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, quote: text.slice(start, end) };
}

const MAX_SENTENCE = 400;

/**
 * The sentence around [start, end): bounded by ". ", "? ", "! ", a line break, or a sentence run
 * straight into a capital ("anytime.Trakt"), and capped so a capture without punctuation stays small.
 */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && start - s < MAX_SENTENCE && !isBoundaryBefore(text, s)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_SENTENCE && !isBoundaryAfter(text, e)) e++;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  return spanOf(text, s, e);
}

const PUNCT = /[.!?]/;

// A sentence ends at a line break, at ". " and where a capture ran one sentence into the next
// ("anytime.Trakt"): punctuation between a lower-case letter and a capital.
function isBoundary(text: string, i: number): boolean {
  const before = text[i - 1] ?? "";
  const at = text[i] ?? "";
  if (at === "\n") return true;
  if (!PUNCT.test(before)) return false;
  return at === " " || (/[A-Z]/.test(at) && /[a-z]/.test(text[i - 2] ?? ""));
}

function isBoundaryBefore(text: string, i: number): boolean {
  return text[i - 1] === "\n" || (text[i - 1] === " " && PUNCT.test(text[i - 2] ?? "")) || isBoundary(text, i);
}

function isBoundaryAfter(text: string, i: number): boolean {
  return isBoundary(text, i);
}

export function normalizeText(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
}
