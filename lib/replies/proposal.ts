import type { ProposedEvent } from "./classify";

// The timeline entry a reply's reading proposes, as the record-event schema takes it, and in words.

export const PROPOSAL_TITLES: Record<ProposedEvent["type"], string> = {
  acknowledged: "They confirmed receipt",
  "identity-requested": "They asked for proof of identity",
  "clarification-requested": "They asked you to clarify the request",
  "extension-claimed": "They claimed an extension",
  refused: "They refused",
  "answer-received": "An answer came",
};

export function proposalTitle(proposal: ProposedEvent): string {
  if (proposal.type === "answer-received") return proposal.completeness === "partial" ? "An answer came, partial" : "An answer came, complete";
  if (proposal.type === "refused") return `They refused (ground: ${proposal.ground})`;
  if (proposal.type === "extension-claimed") {
    const named = [proposal.date ? `until ${proposal.date}` : "", proposal.period ? `by ${proposal.period}` : ""].filter(Boolean).join(", ");
    return named ? `They claimed an extension (${named})` : PROPOSAL_TITLES[proposal.type];
  }
  return PROPOSAL_TITLES[proposal.type];
}

/** The input of recordEventSchema (lib/requests/tracking/schema.ts) for the proposal. */
export function proposalInput(proposal: ProposedEvent, on: string, received: readonly string[], subject: string | null): Record<string, unknown> {
  const base = { type: proposal.type, on };
  const from = `From the reply${subject ? ` “${subject.slice(0, 120)}”` : ""}: “${proposal.quote}”`.slice(0, 2000);
  switch (proposal.type) {
    case "answer-received":
      return { ...base, completeness: proposal.completeness, received: [...received], summary: from };
    case "refused":
      return { ...base, reason: proposal.ground.slice(0, 500), summary: from };
    default:
      return { ...base, summary: from };
  }
}
