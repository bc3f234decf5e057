import type { DurationRole, Extraction, Proposal } from "../extractor/types";
import type { ProposalChoice } from "./schema";

/** A proposal as the review form shows it: the quoted words in their context, and an editable value. */
export type ProposalView = {
  index: number;
  kind: Proposal["kind"];
  start: number;
  end: number;
  quote: string;
  /** Text just before and after the quote, on the same line, for context. */
  before: string;
  after: string;
  value: string;
  role?: DurationRole;
  accepted: boolean;
};

const CONTEXT = 120;

function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  // Cut at a space so the context does not start or end inside a word.
  const head = text.slice(from, start);
  const tail = text.slice(end, to);
  const before = from > lineStart && head.includes(" ") ? `…${head.slice(head.indexOf(" ") + 1)}` : head;
  const after = to < lineEnd && tail.includes(" ") ? `${tail.slice(0, tail.lastIndexOf(" "))}…` : tail;
  return { before, after };
}

export function durationLabel(amount: { days?: number; months?: number }): string {
  if (amount.days !== undefined) return `${amount.days} day${amount.days === 1 ? "" : "s"}`;
  const months = amount.months ?? 0;
  return `${months} month${months === 1 ? "" : "s"}`;
}

/** A proposal's value as the form shows and edits it. */
export function proposalValue(p: Proposal): string {
  switch (p.kind) {
    case "email":
      return p.address;
    case "url":
      return p.url;
    case "duration":
      return durationLabel(p);
    case "right":
      return p.right;
    case "jurisdiction":
    case "not-governed":
      return p.regime;
    case "effective-date":
      return p.date;
    case "subject-line":
      return p.value;
    case "postal-address":
      return p.address;
    case "legal-entity":
      return p.name;
    case "authority":
      return p.key === "unnamed" ? p.sentence.quote.slice(0, 200) : p.name;
    default:
      return "";
  }
}

/** The review list, in the order of the text. Look-back periods ("in the past 12 months") start unticked. */
export function toProposalViews(extraction: Extraction): ProposalView[] {
  return extraction.proposals.map((p, index) => ({
    index,
    kind: p.kind,
    start: p.span.start,
    end: p.span.end,
    quote: p.span.quote,
    ...contextAround(extraction.text, p.span.start, p.span.end),
    value: proposalValue(p),
    ...(p.kind === "duration" ? { role: p.role } : {}),
    accepted: !(p.kind === "duration" && p.role === "other") && !(p.kind === "postal-address" && !p.contact),
  }));
}

export function toChoice(view: ProposalView): ProposalChoice {
  const { index, kind, start, end, accepted, value, role } = view;
  return { index, kind, start, end, accepted, value, ...(role ? { role } : {}) };
}
