import type { ProposalKind } from "../extractor/types";

/** How the review form names each kind of proposal, and what its editable value is called. */
export const KIND_LABELS: Record<ProposalKind, { label: string; value?: string; hint?: string }> = {
  email: { label: "Email address", value: "Address" },
  "redacted-email": { label: "Hidden email address", hint: "The text hides an address here; keeping this adds a note that it cannot be read." },
  url: { label: "Link", value: "Address of the page" },
  duration: { label: "Period of time", value: "How long", hint: 'A number of days or months, like "30 days" or "1 month".' },
  right: { label: "Right", value: "Which right" },
  jurisdiction: { label: "Law the policy speaks to", value: "Which law" },
  "not-governed": { label: "Law the service says does not apply to it", value: "Which law" },
  "effective-date": { label: "Date of the policy", value: "Date" },
  "subject-line": { label: "Subject line to use", value: "Subject line" },
  "from-account-email": { label: "Send the request from your account's email address" },
  "include-username": { label: "Include your username in the request" },
  "postal-address": { label: "Postal address", value: "Address" },
  dpo: { label: "The policy names a data protection officer" },
  authority: { label: "Authority you can complain to" },
  "withdraw-consent": { label: "You can withdraw your consent" },
  "identity-verification": { label: "The service checks who you are" },
  "legal-entity": { label: "Company responsible for your data", value: "Company name" },
  fee: { label: "What a request costs" },
  "decline-ground": { label: "When the service may refuse a request" },
};

export const KIND_GROUPS: { id: string; title: string; kinds: ProposalKind[] }[] = [
  { id: "write", title: "Where to write", kinds: ["legal-entity", "email", "redacted-email", "postal-address", "dpo"] },
  { id: "links", title: "Links", kinds: ["url"] },
  { id: "rights", title: "Rights", kinds: ["right", "withdraw-consent"] },
  { id: "time", title: "Time limits and retention", kinds: ["duration"] },
  { id: "laws", title: "Laws", kinds: ["jurisdiction", "not-governed", "authority"] },
  { id: "ask", title: "How to ask", kinds: ["subject-line", "from-account-email", "include-username", "identity-verification", "fee", "decline-ground"] },
  { id: "date", title: "Date", kinds: ["effective-date"] },
];

export const ROLE_LABELS = {
  response: "Time the service has to answer",
  extension: "More time the service may take",
  retention: "How long the service keeps data",
  other: "Something else (not saved)",
} as const;
