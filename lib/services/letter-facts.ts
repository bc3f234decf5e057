import type { ChannelPurpose, Citation, EmailChannel, IdentityItem, PolicyRight, RightId, ServicePage, ServiceRecord, Timeline } from "./types";

/** What a request letter for one right needs from a service record, each part with its source. */
export type LetterFacts = {
  right: RightId;
  /** Where the policy grants the right; empty when it does not (the law may still grant it). */
  grantedBy: PolicyRight[];
  entity: string | null;
  postalAddress: { address: string; attention?: string; citation: Citation } | null;
  email: EmailChannel | null;
  subjectLine: { value: string; citation: Citation } | null;
  sendFromAccountEmail: Citation | null;
  /** What the service needs to find the requester; `citation: null` means the policy does not say. */
  identifiers: { item: IdentityItem; reason: string; citation: Citation | null }[];
  timeline: Timeline;
  selfService: ServicePage[];
};

const PURPOSE_ORDER: ChannelPurpose[] = ["privacy-requests", "privacy-questions", "complaints", "children", "customer-service"];

function purposeRank(purpose: ChannelPurpose, right: RightId): number {
  if (purpose === "access-request") return right === "access" ? 0 : PURPOSE_ORDER.length + 1;
  return PURPOSE_ORDER.indexOf(purpose) + 1;
}

/** The address to write to: a request address over a questions address, a shown address over an assumed one. */
export function pickEmail(record: ServiceRecord, right: RightId): EmailChannel | null {
  const assumed = (c: EmailChannel) => (c.provenance.kind === "from-other-version" && c.provenance.certainty === "assumed" ? 1 : 0);
  const rank = (c: EmailChannel) => Math.min(...c.purposes.map((p) => purposeRank(p, right))) * 2 + assumed(c);
  const emails = record.channels.filter((c): c is EmailChannel => c.kind === "email");
  return emails.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

export function timelineFor(record: ServiceRecord, right: RightId): Timeline {
  const stated = record.timelines.find((t) => t.statedByPolicy && t.what === right);
  const general = record.timelines.find((t) => !t.statedByPolicy);
  return (
    stated ??
    general ?? {
      statedByPolicy: false,
      what: "all-requests",
      citation: null,
      note: "The policy states no time limit; the law of your jurisdiction supplies it.",
    }
  );
}

export function letterFactsFor(record: ServiceRecord, right: RightId): LetterFacts {
  const { howToAsk } = record;
  const identifiers: LetterFacts["identifiers"] = [];
  if (howToAsk.fromAccountEmail) {
    identifiers.push({ item: "account-email", reason: "Send from the address on the account.", citation: howToAsk.fromAccountEmail });
  }
  for (const inc of howToAsk.include) identifiers.push({ item: inc.item, reason: inc.reason, citation: inc.citation });
  if (!identifiers.some((i) => i.item === "account-email")) {
    identifiers.push({
      item: "account-email",
      reason: "The policy does not say how it finds your account; the account's email address is the usual key.",
      citation: null,
    });
  }
  return {
    right,
    grantedBy: record.rights.filter((r) => r.right === right),
    entity: record.legalEntity?.name ?? null,
    postalAddress: record.postalAddress,
    email: pickEmail(record, right),
    subjectLine: howToAsk.subjectLine,
    sendFromAccountEmail: howToAsk.fromAccountEmail,
    identifiers,
    timeline: timelineFor(record, right),
    selfService: record.selfService.filter((p) => p.rights.includes(right)),
  };
}
