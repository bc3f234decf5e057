import type { RegimeId, RightId } from "../types";
import { JURISDICTION_WORDINGS, LEGAL_CONTEXT } from "./jurisdiction-wordings";
import { RIGHT_WORDINGS } from "./right-wordings";
import { sentenceAround, spanOf } from "./text-spans";
import type { Proposal } from "./types";

type JurisdictionProposal = Extract<Proposal, { kind: "jurisdiction" }>;

export function detectJurisdictions(text: string): JurisdictionProposal[] {
  const found: JurisdictionProposal[] = [];
  for (const { regime, pattern, needsLegalContext } of JURISDICTION_WORDINGS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (needsLegalContext && !LEGAL_CONTEXT.test(sentenceAround(text, m.index, end).quote.replace(m[0], ""))) continue;
      found.push({ kind: "jurisdiction", regime, span: spanOf(text, m.index, end) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

// Policies list rights under a heading naming the law ("Canada. PIPEDA. Right to access ..."), often
// with no law in the right's own sentence. Mentions of laws form a passage; a new one starts where
// a different law is named after a gap or after rights, and a right belongs to the passage before it.
const GAP = 150;
const REACH = 400;

type Passage = { regimes: Set<RegimeId>; ends: number[] };

function passages(jurisdictions: JurisdictionProposal[], rightStarts: number[]): Passage[] {
  const out: Passage[] = [];
  let previous: JurisdictionProposal | undefined;
  for (const j of jurisdictions) {
    const current = out.at(-1);
    const separated =
      !previous ||
      j.span.start - previous.span.end > GAP ||
      rightStarts.some((r) => r >= (previous?.span.end ?? 0) && r < j.span.start);
    if (current && previous && (!separated || previous.regime === j.regime)) {
      current.regimes.add(j.regime);
      current.ends.push(j.span.end);
    } else out.push({ regimes: new Set([j.regime]), ends: [j.span.end] });
    previous = j;
  }
  return out;
}

function regimesBefore(all: Passage[], at: number): RegimeId[] {
  for (let i = all.length - 1; i >= 0; i--) {
    const passage = all[i];
    const nearest = passage?.ends.filter((e) => e <= at).at(-1);
    if (passage && nearest !== undefined) return at - nearest <= REACH ? [...passage.regimes] : [];
  }
  return [];
}

/** Rights by their usual wordings, each with the laws of the passage it sits in. */
export function detectRights(text: string, jurisdictions: JurisdictionProposal[]): Proposal[] {
  const matches: { right: RightId; start: number; end: number }[] = [];
  for (const [right, patterns] of Object.entries(RIGHT_WORDINGS) as [RightId, RegExp[]][]) {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) matches.push({ right, start: m.index, end: m.index + m[0].length });
    }
  }
  const all = passages(jurisdictions, matches.map((m) => m.start));
  return matches
    .sort((a, b) => a.start - b.start)
    .map(({ right, start, end }) => ({
      kind: "right" as const,
      right,
      regimes: regimesBefore(all, start),
      span: spanOf(text, start, end),
      sentence: sentenceAround(text, start, end),
    }));
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
