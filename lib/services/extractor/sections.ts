import type { RegimeId } from "../types";
import { JURISDICTION_WORDINGS } from "./jurisdiction-wordings";
import { MAX_MATCHES, sentenceAround } from "./text-spans";

// The law a passage speaks under is the law its heading names ("Your California Privacy Rights",
// "Other US State Users", "EEA and UK"), or the law its paragraph opens with ("If you live in the
// EEA, ...", "California residents have the following rights:"). Headings are Markdown headings,
// setext underlines, a line that is bold alone, or a short line without a full stop before a blank line.
export type Heading = { start: number; level: number; regimes: RegimeId[] };

const MAX_HEADING = 120;
const NUMBERED_TITLE = /^((?:\d{1,2}\.){1,3}\d{1,2}\.?|\d{1,2}\\\.)\s+\p{Lu}/u;

/** The regimes a piece of text names, read without asking for legal words around a place name. */
export function regimesNamed(value: string): RegimeId[] {
  const found = new Set<RegimeId>();
  for (const { regime, pattern } of JURISDICTION_WORDINGS) {
    pattern.lastIndex = 0;
    if (pattern.test(value)) found.add(regime);
    pattern.lastIndex = 0;
  }
  // "UK GDPR" names the UK's law, not the EU's.
  if (found.has("uk-gdpr") && /\bUK GDPR\b/.test(value) && !/\b(?:EU|EEA|European)\b|(?<!UK )GDPR/.test(value)) found.delete("eu-gdpr");
  return [...found];
}

function headingLevel(line: string, next: string, afterNext: string): number | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING) return null;
  const hashes = /^(#{1,6})\s/.exec(trimmed);
  if (hashes?.[1]) return hashes[1].length;
  if (/^=+\s*$/.test(next) && next.length > 2) return 1;
  if (/^-+\s*$/.test(next) && next.length > 2) return 2;
  if (/^\*\*[^*].*\*\*:?$/.test(trimmed) || /^__[^_].*__$/.test(trimmed)) return 4;
  // "6.1 Right of Access.", "9\\. Your Rights": a numbered title (dotted, or with the escaped dot that
  // tells it from an ordered list) is a heading, deeper the more parts its number has.
  const numbered = NUMBERED_TITLE.exec(trimmed);
  if (numbered?.[1] && !/[.!?]\s/.test(trimmed.slice(numbered[0].length))) return 4 + numbered[1].split(".").filter((p) => p !== "").length;
  const plain = !/[.;,]$/.test(trimmed) && !/^[*|>-]/.test(trimmed) && /^\p{Lu}/u.test(trimmed) && !looksLikeAddress(trimmed);
  return plain && next.trim() === "" && afterNext.trim() !== "" && trimmed.length <= 80 ? 5 : null;
}

// "Covent Garden, London, WC2B 5AH, United Kingdom" names a country but heads nothing.
function looksLikeAddress(line: string): boolean {
  return /\d{3}|\b[A-Z]{1,2}\d/.test(line) || line.split(",").length > 2;
}

// A flat capture runs its headings into the text: "Canada. "PIPEDA" Right to know ...". A sentence
// this short that names a law stands for a heading.
const PSEUDO_HEADING = 60;

function pseudoHeadings(text: string): Heading[] {
  const out = new Map<number, Heading>();
  for (const { pattern } of JURISDICTION_WORDINGS) {
    let seen = 0;
    for (const m of text.matchAll(pattern)) {
      if (seen++ >= MAX_MATCHES) break;
      const sentence = sentenceAround(text, m.index, m.index + m[0].length, PSEUDO_HEADING + 1);
      if (sentence.end - sentence.start > PSEUDO_HEADING || out.has(sentence.start) || looksLikeAddress(sentence.quote)) continue;
      out.set(sentence.start, { start: sentence.start, level: 3, regimes: regimesNamed(sentence.quote) });
    }
  }
  return [...out.values()];
}

export function findHeadings(text: string): Heading[] {
  const out: Heading[] = pseudoHeadings(text);
  const lines = text.split("\n");
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const level = headingLevel(line, lines[i + 1] ?? "", lines[i + 2] ?? "");
    if (level !== null) out.push({ start: at, level, regimes: regimesNamed(line) });
    at += line.length + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

// The index of the last heading at or before `at` (headings are sorted), or -1.
function lastHeadingIndex(headings: Heading[], at: number): number {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid]?.start ?? 0) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
const MAX_HEADINGS_BACK = 200;

/** The regimes of the innermost heading above `at` that names one, within the headings that enclose it. */
export function sectionRegimes(headings: Heading[], at: number): RegimeId[] {
  let level = Number.POSITIVE_INFINITY;
  const last = lastHeadingIndex(headings, at);
  for (let i = last; i >= 0 && last - i < MAX_HEADINGS_BACK; i--) {
    const h = headings[i];
    if (!h || h.level >= level) continue;
    if (h.regimes.length > 0) return h.regimes;
    level = h.level;
  }
  return [];
}

const SCOPE =
  /\b(?:if you (?:are|live|reside|are located|are based)|for (?:users|residents|consumers|individuals|people)|(?:users|residents?|consumers|individuals) (?:in|of|from)|applies to|under (?:the )?(?:laws?|legislation))\b|\b(?:California|EEA|EU|UK|Canadian|Brazilian) (?:residents|users|consumers)\b|\bwenn Sie\b|\bsi vous (?:êtes|résidez|vivez)\b/i;

const SCOPE_REACH = 3000;
export const SCOPE_ALL = new RegExp(SCOPE.source, "gi");
const LIST_ITEM = /^\s*(?:[*+-]|\d{1,2}[.)])\s/;
// A paragraph starts after a blank line, one of spaces too ("  \n  \n" in captures that keep Markdown line breaks).
const BLANK_LINE = /\n[ \t\u00a0]*\n/g;
const blockStart = (text: string, at: number) => {
  const from = Math.max(0, at - SCOPE_REACH);
  let found = -1;
  for (const m of text.slice(from, at).matchAll(BLANK_LINE)) found = from + m.index + m[0].length;
  return found === -1 ? from : found;
};

/**
 * The regimes the last scoping words before `at` in its paragraph name ("If you live in the EEA,
 * you may ...", "California residents: ..."); a list that a paragraph ending in ":" introduces
 * belongs to that paragraph.
 */
export function paragraphRegimes(text: string, at: number, headings: Heading[] = []): RegimeId[] {
  let from = blockStart(text, at);
  for (let hops = 0; hops < 20 && from > 0 && LIST_ITEM.test(text.slice(from, from + 12)); hops++) {
    const previous = blockStart(text, from - 2);
    const block = text.slice(previous, from).trimEnd();
    from = previous;
    if (!LIST_ITEM.test(block.slice(0, 12))) {
      if (!block.endsWith(":")) return [];
      break;
    }
  }
  // Scoping words above the nearest heading belong to another section.
  const heading = headings[lastHeadingIndex(headings, at)]?.start ?? 0;
  from = Math.max(from, at - SCOPE_REACH, heading);
  let found: RegimeId[] = [];
  for (const m of text.slice(from, at).matchAll(SCOPE_ALL)) {
    const named = regimesNamed(text.slice(from + m.index, Math.min(at, from + m.index + 240)));
    if (named.length > 0) found = named;
  }
  return found;
}

/** Text a lead-in scopes: from "As a resident of the EEA or the UK you have the following rights:" to the next heading of its rank or above. */
export type LeadIn = { start: number; end: number; regimes: RegimeId[] };
const LEAD_IN_REACH = 8000;

export function findLeadIns(text: string, headings: Heading[]): LeadIn[] {
  const out: LeadIn[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed.endsWith(":") || trimmed.length > 400 || out.length >= MAX_MATCHES) continue;
    let regimes: RegimeId[] = [];
    for (const m of trimmed.matchAll(SCOPE_ALL)) {
      const named = regimesNamed(trimmed.slice(m.index, m.index + 240));
      if (named.length > 0) regimes = named;
    }
    if (regimes.length === 0) continue;
    const own = lastHeadingIndex(headings, start);
    const rank = own === -1 ? Number.POSITIVE_INFINITY : (headings[own]?.level ?? 0);
    let end = Math.min(text.length, at + LEAD_IN_REACH);
    for (let i = own + 1; i < headings.length; i++) {
      const h = headings[i];
      if (!h || h.start >= end) break;
      if (h.start >= at && (h.level <= rank || h.regimes.length > 0)) {
        end = h.start;
        break;
      }
    }
    out.push({ start: at, end, regimes });
  }
  return out;
}

/** The regimes of the innermost lead-in whose scope holds `at`. */
export function leadInRegimes(leadIns: LeadIn[], at: number): RegimeId[] {
  for (let i = leadIns.length - 1; i >= 0; i--) {
    const l = leadIns[i];
    if (l && l.start <= at && at < l.end) return l.regimes;
  }
  return [];
}
