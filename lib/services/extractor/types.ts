import type { RegimeId, RightId } from "../types";
import type { PolicyFormat } from "./formats";

/** A range of the normalized text; `quote` is exactly `text.slice(start, end)`. */
export type Span = { start: number; end: number; quote: string };

export type DurationRole = "response" | "retention" | "other";

export type Proposal =
  | { kind: "email"; address: string; obfuscation: "none" | "cloudflare"; span: Span }
  /** The capture hides an address ("[email protected]") with nothing to decode it from. */
  | { kind: "redacted-email"; span: Span }
  | { kind: "url"; url: string; span: Span; sentence: Span }
  | { kind: "duration"; days?: number; months?: number; role: DurationRole; span: Span; sentence: Span }
  | { kind: "right"; right: RightId; regimes: RegimeId[]; span: Span; sentence: Span }
  | { kind: "jurisdiction"; regime: RegimeId; span: Span }
  /** "NOT CURRENTLY GOVERNED BY THE CCPA": the policy says a law does not apply to the service. */
  | { kind: "not-governed"; regime: RegimeId; span: Span; sentence: Span }
  | { kind: "effective-date"; date: string; dateKind: "effective" | "last-updated"; span: Span }
  | { kind: "subject-line"; value: string; span: Span; sentence: Span }
  | { kind: "from-account-email"; span: Span; sentence: Span }
  | { kind: "include-username"; span: Span; sentence: Span };

export type ProposalKind = Proposal["kind"];

export type Extraction = {
  /** The text the spans point into: line endings unified, a byte-order mark dropped, HTML reduced to text. */
  text: string;
  format: PolicyFormat;
  warnings: string[];
  proposals: Proposal[];
};
