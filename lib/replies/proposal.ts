import type { createTranslator, Messages } from "next-intl";
import type { ProposedEvent } from "./classify";

// The timeline entry a reply's reading proposes, as the record-event schema takes it, and in words.

/** The translator of the "replies" messages, from useTranslations, getTranslations or createTranslator. */
export type RepliesTranslator = ReturnType<typeof createTranslator<Messages, "replies">>;

export function proposalTitle(proposal: ProposedEvent, t: RepliesTranslator): string {
  switch (proposal.type) {
    case "answer-received":
      return t(proposal.completeness === "partial" ? "proposal.answer-partial" : "proposal.answer-complete");
    case "refused":
      return t("proposal.refused", { ground: proposal.ground });
    case "extension-claimed": {
      const named = [proposal.date ? t("proposal.until", { date: proposal.date }) : "", proposal.period ? t("proposal.by", { period: proposal.period }) : ""]
        .filter(Boolean)
        .join(", ");
      return named ? t("proposal.extension-named", { named }) : t("proposal.extension-claimed");
    }
    default:
      return t(`proposal.${proposal.type}`);
  }
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
