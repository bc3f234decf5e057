import type { RegimeId, RightId } from "../types";
import { JURISDICTION_WORDINGS, LEGAL_CONTEXT } from "./jurisdiction-wordings";
import { AUTOMATED_RIGHT, CLAUSE_VERBS, DATA_OBJECT, RIGHT_WORDINGS, RIGHTS_CLAUSE } from "./right-wordings";
import { findHeadings, paragraphRegimes, sectionRegimes } from "./sections";
import { MAX_MATCHES, negatedBefore, sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

type JurisdictionProposal = Extract<Proposal, { kind: "jurisdiction" }>;

export function detectJurisdictions(text: string): JurisdictionProposal[] {
  const found: JurisdictionProposal[] = [];
  for (const { regime, pattern, needsLegalContext } of JURISDICTION_WORDINGS) {
    let kept = 0;
    for (const m of text.matchAll(pattern)) {
      if (kept >= MAX_MATCHES) break;
      const end = m.index + m[0].length;
      if (needsLegalContext && !LEGAL_CONTEXT.test(sentenceAround(text, m.index, end).quote.replace(m[0], ""))) continue;
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

// Rights listed after "you can" or "the right to", each verb its own right.
function clauseMatches(text: string): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(RIGHTS_CLAUSE)) {
    if (out.length >= MAX_MATCHES) break;
    const from = m.index + m[0].length;
    const sentence = sentenceAround(text, m.index, from);
    const window = text.slice(from, Math.min(sentence.end, from + CLAUSE_REACH));
    if (!DATA_OBJECT.test(window)) continue;
    for (const [verb, right] of CLAUSE_VERBS) {
      const v = verb.exec(window);
      if (v) out.push({ right, start: from + v.index, end: from + v.index + v[0].length });
    }
  }
  return out;
}
const CLAUSE_REACH = 120;

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
  const seen = new Set<string>();
  const out: Proposal[] = [];
  for (const { right, start, end } of [...wordingMatches(text), ...clauseMatches(text)].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceAround(text, start, end);
    const key = `${right}@${sentence.start}`;
    // "the right not to be subject to automated decision making" grants, it does not deny.
    const grantsNot = /\b(?:not to be|to not be) subject(?: to)?\s*$/i.test(text.slice(Math.max(sentence.start, start - 30), start));
    if (seen.has(key) || (!grantsNot && negatedBefore(text, start, sentence.start))) continue;
    if (right === "automated-decision" && !AUTOMATED_RIGHT.test(sentence.quote)) continue;
    seen.add(key);
    const inSentence = regimesWithin(jurisdictions, sentence.start, sentence.end);
    const inParagraph = inSentence.length > 0 ? [] : paragraphRegimes(text, start, headings);
    const regimes = inSentence.length > 0 ? inSentence : inParagraph.length > 0 ? inParagraph : sectionRegimes(headings, start);
    out.push({ kind: "right", right, regimes, span: spanOf(text, start, end), sentence });
  }
  return out;
}

const NOT_GOVERNED = /\bnot (?:currently )?(?:governed by|subject to|covered by)\s+(?:the\s+)?(UK GDPR|GDPR|CCPA|CPRA|California Consumer Privacy Act|PIPEDA)\b/gi;
const LAW_REGIME: Record<string, RegimeId> = {
  "uk gdpr": "uk-gdpr", gdpr: "eu-gdpr", ccpa: "ccpa", cpra: "ccpa", "california consumer privacy act": "ccpa", pipeda: "pipeda",
};

export function detectNotGoverned(text: string): Proposal[] {
  return [...text.matchAll(NOT_GOVERNED)].flatMap((m) => {
    const regime = LAW_REGIME[(m[1] ?? "").toLowerCase()];
    const end = m.index + m[0].length;
    return regime ? [{ kind: "not-governed" as const, regime, span: spanOf(text, m.index, end), sentence: sentenceAround(text, m.index, end) }] : [];
  });
}
