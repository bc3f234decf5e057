import type { ProposalKind } from "../extractor/types";

type GroupId = "write" | "links" | "rights" | "time" | "laws" | "ask" | "date";

/** How the review form groups the proposals; the titles and labels are in the serviceForms messages. */
export const KIND_GROUPS: { id: GroupId; kinds: ProposalKind[] }[] = [
  { id: "write", kinds: ["legal-entity", "email", "redacted-email", "postal-address", "dpo"] },
  { id: "links", kinds: ["url"] },
  { id: "rights", kinds: ["right", "withdraw-consent"] },
  { id: "time", kinds: ["duration"] },
  { id: "laws", kinds: ["jurisdiction", "not-governed", "authority"] },
  { id: "ask", kinds: ["subject-line", "from-account-email", "include-username", "identity-verification", "fee", "decline-ground"] },
  { id: "date", kinds: ["effective-date"] },
];

/** The kinds whose value the person edits, and those that carry a hint (their words: serviceForms.review). */
const VALUE_KINDS = [
  "email",
  "url",
  "duration",
  "right",
  "jurisdiction",
  "not-governed",
  "effective-date",
  "subject-line",
  "postal-address",
  "legal-entity",
] as const;
const HINT_KINDS = ["redacted-email", "duration"] as const;
type ValueKind = (typeof VALUE_KINDS)[number];
type HintKind = (typeof HINT_KINDS)[number];
export const hasValue = (kind: ProposalKind): kind is ValueKind => (VALUE_KINDS as readonly string[]).includes(kind);
export const hasHint = (kind: ProposalKind): kind is HintKind => (HINT_KINDS as readonly string[]).includes(kind);
