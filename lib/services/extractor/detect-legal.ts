import type { RegimeId, RightId } from "../types";
import { JURISDICTION_WORDINGS, LEGAL_CONTEXT, OTHER_LAW } from "./jurisdiction-wordings";
import {
  AUTOMATED_RIGHT,
  CLAUSE_VERBS,
  DATA_OBJECT,
  LIST_INTRO,
  PURPOSE_BEFORE,
  REFUSAL,
  RIGHT_LABEL,
  RIGHT_WORDINGS,
  RIGHTS_CLAUSE,
  labelRight,
} from "./right-wordings";
import type { Heading } from "./sections";
import { findHeadings, findLeadIns, leadInRegimes, paragraphRegimes, sectionRegimes } from "./sections";
import { lineStartNear, MAX_MATCHES, negatedBefore, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

type JurisdictionProposal = Extract<Proposal, { kind: "jurisdiction" }>;

export function detectJurisdictions(text: string): JurisdictionProposal[] {
  const found: JurisdictionProposal[] = [];
  for (const { regime, pattern, needsLegalContext } of JURISDICTION_WORDINGS) {
    let kept = 0;
    for (const m of text.matchAll(pattern)) {
      if (kept >= MAX_MATCHES) break;
      const end = m.index + m[0].length;
      if (inContentsLink(text, m.index)) continue;
      if (needsLegalContext) {
        const sentence = sentenceAround(text, m.index, end).quote;
        if (!LEGAL_CONTEXT.test(sentence.replace(m[0], "")) || OTHER_LAW.test(sentence)) continue;
      }
      kept++;
      found.push({ kind: "jurisdiction", regime, span: spanOf(text, m.index, end) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

type Match = { right: RightId; start: number; end: number };

function wordingMatches(text: string): Match[] {
  const out: Match[] = [];
  for (const [right, patterns] of Object.entries(RIGHT_WORDINGS) as [RightId, RegExp[]][]) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        if (out.length >= MAX_MATCHES) return out;
        out.push({ right, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return out;
}

// Rights listed after "you can" or "the right to", each verb its own right. A clause that ends its
// line with ":" ("You can:", "they may permit you to request that we:") introduces a list whose items
// open with the verbs ("* Delete Data", "* Request rectification, removal or restriction").
function clauseMatches(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(RIGHTS_CLAUSE)) {
    if (out.length >= MAX_MATCHES) break;
    const from = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, from);
    const rest = text.slice(from, sentence.end);
    if (PURPOSE_BEFORE.test(text.slice(Math.max(sentence.start, m.index - 12), m.index))) continue;
    if (LIST_INTRO.test(rest)) {
      // "you can limit certain types of processing of your information:" names a right before its list.
      if (DATA_OBJECT.test(rest)) out.push(...verbsIn(rest, from));
      out.push(...listItemVerbs(text, sentence.end));
      continue;
    }
    // "You have a right to: (1) request a copy ...; (2) delete or amend ...; (3) restrict ...": a list
    // run into one sentence, its items parted by semicolons.
    if (INLINE_LIST.test(rest)) {
      out.push(...inlineItemVerbs(rest, from));
      continue;
    }
    const window = text.slice(from, Math.min(sentence.end, from + CLAUSE_REACH));
    if (!DATA_OBJECT.test(window)) continue;
    out.push(...verbsIn(window, from));
  }
  return out;
}
const CLAUSE_REACH = 120;
const INLINE_LIST = /^\s*:[^;\n]{3,300};/;

function inlineItemVerbs(rest: string, offset: number): Match[] {
  const out: Match[] = [];
  let at = rest.indexOf(":") + 1;
  for (let items = 0; at > 0 && at < rest.length && items < MAX_ITEMS; items++) {
    const next = rest.indexOf(";", at);
    const end = next === -1 ? rest.length : next;
    out.push(...verbsIn(rest.slice(at, Math.min(end, at + INLINE_ITEM_REACH)), offset + at));
    at = end + 1;
  }
  return out;
}
const INLINE_ITEM_REACH = 160;
const ITEM_REACH = 80;
const MAX_ITEMS = 20;
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,2}[.)])[ \t]+/;

function verbsIn(window: string, offset: number): Match[] {
  const out: Match[] = [];
  for (const [verb, right] of CLAUSE_VERBS) {
    const v = verb.exec(window);
    if (v) out.push({ right, start: offset + v.index, end: offset + v.index + v[0].length });
  }
  return out;
}

// The opening words of each item of the list that starts after `at` (blank lines between items allowed).
function listItemVerbs(text: string, at: number): Match[] {
  const out: Match[] = [];
  let pos = lineEndNear(text, at, LINK_REACH) + 1;
  for (let items = 0; pos > 0 && pos < text.length && items < MAX_ITEMS;) {
    const lineEnd = lineEndNear(text, pos, LINK_REACH);
    const line = text.slice(pos, lineEnd);
    const bullet = LIST_ITEM.exec(line);
    if (bullet) {
      items++;
      const from = pos + bullet[0].length;
      out.push(...verbsIn(text.slice(from, Math.min(from + ITEM_REACH, lineEnd)), from));
    } else if (line.trim() !== "") break;
    pos = lineEnd + 1;
  }
  return out;
}

// "Access your information", "Disable or delete your account", "Transférer, télécharger ou supprimer vos
// informations": a heading that opens with what the person can do to their own data names that right.
const HEADING_MARKUP = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\[\]\([^)\s]{0,200}\))?(?:\d{1,2}(?:\\?\.\d{1,2}){0,3}\\?\.?[ \t]+)?(?:\*\*|__)?/;
const OWN_DATA = /\b(?:your|vos|votre|Ihre|Ihr)\b/i;
const HEADING_REACH = 80;

function headingMatches(text: string, headings: Heading[]): Match[] {
  const out: Match[] = [];
  for (const h of headings) {
    if (out.length >= MAX_MATCHES) break;
    const lineEnd = lineEndNear(text, h.start, MAX_HEADING_LINE);
    const line = text.slice(h.start, lineEnd);
    const from = h.start + (HEADING_MARKUP.exec(line)?.[0].length ?? 0);
    const title = text.slice(from, Math.min(lineEnd, from + HEADING_REACH));
    if (!OWN_DATA.test(title) || !DATA_OBJECT.test(title)) continue;
    const verbs = verbsIn(title, from);
    // The first verb opens the title: "How we delete your data" is about the service, not the person.
    if (verbs.some((v) => v.start === from)) out.push(...verbs);
  }
  return out;
}
const MAX_HEADING_LINE = 200;

// "**Access:** You are entitled to...", "| Erasure | You can ask us to...": a right named as the label of its item or row.
function labelMatches(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(RIGHT_LABEL)) {
    if (out.length >= MAX_MATCHES) break;
    const right = labelRight(m[1] ?? "");
    const start = m.index + m[0].indexOf(m[1] ?? "");
    if (right) out.push({ right, start, end: start + (m[1] ?? "").length });
  }
  return out;
}

// A table of contents names rights and laws as links to the policy's own sections: "[Automated decisions](#ad)".
export function inContentsLink(text: string, start: number): boolean {
  const lineStart = lineStartNear(text, start, LINK_REACH);
  const lineEnd = lineEndNear(text, start, LINK_REACH);
  const line = text.slice(lineStart, lineEnd);
  const at = start - lineStart;
  const close = line.indexOf("](", at);
  if (close !== -1 && line.lastIndexOf("[", at) > line.lastIndexOf("]", at - 1) && line.startsWith("](#", close)) return true;
  return /^[ \t]*(?:[*+-][ \t]+|\d{1,2}[.)][ \t]+)?\[[^\]\n]{1,200}\]\([^)\s#]{0,300}#[^)\s]{1,200}\)[ \t]*$/.test(line);
}
const LINK_REACH = 600;

function lineEndNear(text: string, at: number, reach: number): number {
  const i = text.slice(at, at + reach).indexOf("\n");
  return i === -1 ? Math.min(text.length, at + reach) : at + i;
}

// The regimes named inside [start, end), by binary search over the sorted mentions.
function regimesWithin(jurisdictions: JurisdictionProposal[], start: number, end: number): RegimeId[] {
  let lo = 0;
  let hi = jurisdictions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((jurisdictions[mid]?.span.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const found = new Set<RegimeId>();
  for (let i = lo; i < jurisdictions.length; i++) {
    const j = jurisdictions[i];
    if (!j || j.span.start >= end) break;
    if (j.span.end <= end) found.add(j.regime);
  }
  return [...found];
}

/**
 * Rights by their usual wordings, each with the laws it is tied to: named in its own sentence, in
 * the opening of its paragraph ("If you live in the EEA"), or in the heading of its section.
 * A right the clause denies ("No automated decision making takes place") is no right.
 */
export function detectRights(text: string, jurisdictions: JurisdictionProposal[]): Proposal[] {
  const headings = findHeadings(text);
  const leadIns = findLeadIns(text, headings);
  const usLaw = jurisdictions.some((j) => j.regime === "ccpa" || j.regime === "us-states");
  const seen = new Set<string>();
  const out: Proposal[] = [];
  const matches = [...wordingMatches(text), ...clauseMatches(text), ...labelMatches(text), ...headingMatches(text, headings)];
  for (const { right, start, end } of matches.sort((a, b) => a.start - b.start)) {
    const sentence = sentenceAround(text, start, end);
    if (REFUSAL.test(sentence.quote)) continue;
    // "a right to limit processing" of sensitive data is the US laws' limit on sensitive data, not restriction.
    if (right === "restriction" && /\bsensitive\b/i.test(sentence.quote)) continue;
    const key = `${right}@${sentence.start}`;
    // "the right not to be subject to automated decision making" grants, it does not deny.
    const grantsNot = /\b(?:not to be|to not be) subject(?: to)?\s*$/i.test(text.slice(Math.max(sentence.start, start - 30), start));
    if (seen.has(key) || (!grantsNot && negatedBefore(text, start, sentence.start))) continue;
    if (right === "automated-decision" && !AUTOMATED_RIGHT.test(sentence.quote)) continue;
    if (inContentsLink(text, start)) continue;
    seen.add(key);
    // The law the sentence names, with the law of the passage it stands in: "Article 18 of the GDPR"
    // in a section for residents of the EEA and the UK is a right under both.
    const inSentence = regimesWithin(jurisdictions, sentence.start, sentence.end);
    const inParagraph = paragraphRegimes(text, start, headings);
    const inLeadIn = inParagraph.length > 0 ? [] : leadInRegimes(leadIns, start);
    const scope = inParagraph.length > 0 ? inParagraph : inLeadIn.length > 0 ? inLeadIn : sectionRegimes(headings, start);
    // The sentence's own law wins; the laws of its lead-in join it only where they include it.
    const regimes = inSentence.length === 0 ? scope : inLeadIn.length > 0 && inSentence.every((r) => inLeadIn.includes(r)) ? inLeadIn : inSentence;
    // "Opt out of targeted advertising" is the US state laws' right; where no US law is named, the
    // objection to direct marketing the GDPR gives.
    const read = right === "opt-out-sale" && /advertising/i.test(text.slice(start, end)) && !usLaw ? "objection" : right;
    out.push({ kind: "right", right: read, regimes, span: spanOf(text, start, end), sentence });
  }
  return out;
}

const NOT_GOVERNED =
  /\bnot (?:currently )?(?:governed by|subject to|covered by)\s+(?:the\s+)?(UK GDPR|GDPR|CCPA|CPRA|California Consumer Privacy Act|PIPEDA)\b/gi;
const LAW_REGIME: Record<string, RegimeId> = {
  "uk gdpr": "uk-gdpr",
  gdpr: "eu-gdpr",
  ccpa: "ccpa",
  cpra: "ccpa",
  "california consumer privacy act": "ccpa",
  pipeda: "pipeda",
};

export function detectNotGoverned(text: string): Proposal[] {
  return [...text.matchAll(NOT_GOVERNED)].flatMap((m) => {
    const regime = LAW_REGIME[(m[1] ?? "").toLowerCase()];
    const end = m.index + m[0].length;
    return regime ? [{ kind: "not-governed" as const, regime, span: spanOf(text, m.index, end), sentence: sentenceAround(text, m.index, end) }] : [];
  });
}
