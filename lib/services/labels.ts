import type { ChannelPurpose, IdentityItem, RegimeId, RightId } from "./types";

export const RIGHT_LABELS: Record<RightId, string> = {
  access: "Access (a copy of your data)",
  deletion: "Deletion",
  portability: "Portability",
  correction: "Correction",
  restriction: "Restriction of processing",
  objection: "Objection",
  "opt-out-sale": "Opt out of sale or sharing",
  "limit-sensitive": "Limit use of sensitive data",
  "automated-decision": "Automated decisions and profiling",
  appeal: "Appeal a refusal",
};

export const REGIME_LABELS: Record<RegimeId, string> = {
  "eu-gdpr": "EU GDPR",
  "uk-gdpr": "UK GDPR",
  ccpa: "CCPA (California)",
  "us-states": "Other US states",
  pipeda: "PIPEDA (Canada)",
};

export const PURPOSE_LABELS: Record<ChannelPurpose, string> = {
  "privacy-requests": "privacy requests",
  "access-request": "requests for a copy",
  "privacy-questions": "privacy questions",
  children: "children's data",
  complaints: "complaints",
  "customer-service": "customer service",
};

export const IDENTITY_LABELS: Record<IdentityItem, string> = {
  "account-email": "the email address of your account",
  username: "your username",
  name: "your name",
  "postal-address": "your postal address",
  "signed-in": "being signed in",
};

export function regimesLabel(regimes: RegimeId[]): string {
  return regimes.length === 0 ? "No law named" : regimes.map((r) => REGIME_LABELS[r]).join(", ");
}

/**
 * A quote short enough for a link, cut at a word. With `focus`, a long quote is cut around the
 * first of those words, so a sentence shared by two rights shows each row its own part.
 */
export function excerpt(quote: string, max = 90, focus: readonly string[] = []): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const lower = flat.toLowerCase();
  const hits = focus.map((word) => lower.indexOf(word.toLowerCase())).filter((at) => at >= 0);
  const hit = hits.length > 0 ? Math.min(...hits) : -1;
  if (hit > max - 30) {
    const from = flat.lastIndexOf(" ", Math.max(0, hit - 25)) + 1;
    const rest = flat.slice(from);
    return `…${rest.length <= max ? rest : cutAtWord(rest, max)}`;
  }
  return cutAtWord(flat, max);
}

function cutAtWord(flat: string, max: number): string {
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 15))}…`;
}
