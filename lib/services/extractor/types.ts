import type { RegimeId, RightId } from "../types";
import type { PolicyFormat } from "./formats";

/** A range of the normalized text; `quote` is exactly `text.slice(start, end)`. */
export type Span = { start: number; end: number; quote: string };

/** "extension": how much longer the service may take ("may be extended by two further months"). */
export type DurationRole = "response" | "extension" | "retention" | "other";

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
  | { kind: "include-username"; span: Span; sentence: Span }
  /** `contact`: the words around it make it an address to write to, not a processor's seat. */
  | { kind: "postal-address"; address: string; contact: boolean; span: Span; sentence: Span }
  | { kind: "dpo"; span: Span; sentence: Span }
  /** `key` names a known authority; "unnamed" where the policy points at one without naming it. */
  | { kind: "authority"; key: string; name: string; regimes: RegimeId[]; span: Span; sentence: Span }
  | { kind: "withdraw-consent"; span: Span; sentence: Span }
  | { kind: "identity-verification"; span: Span; sentence: Span }
  /** The company responsible for the data: named as its controller, or as the operator of the service. */
  | { kind: "legal-entity"; name: string; role: "controller" | "operator"; span: Span; sentence: Span }
  /** What a request costs: "free of charge", "a reasonable fee" where requests are excessive. */
  | { kind: "fee"; free: boolean; span: Span; sentence: Span }
  /** Why the service may refuse a request: "manifestly unfounded or excessive", "we may decline". */
  | { kind: "decline-ground"; span: Span; sentence: Span };

export type ProposalKind = Proposal["kind"];

export type Extraction = {
  /** The text the spans point into: line endings unified, a byte-order mark dropped, HTML reduced to text. */
  text: string;
  format: PolicyFormat;
  warnings: string[];
  proposals: Proposal[];
};
