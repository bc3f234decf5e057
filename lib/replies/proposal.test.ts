import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/catalog";
import { recordEventSchema } from "@/lib/requests/tracking/schema";
import { eventDetail } from "@/lib/requests/tracking/event-detail";
import { proposalInput, proposalTitle } from "./proposal";

const translator = (locale: string) => createTranslator({ locale, messages: loadMessages(locale) as unknown as Messages, namespace: "replies" });

describe("proposals", () => {
  it("name the extension's date and period, and become valid record-event input that keeps the quote", () => {
    const proposal = {
      type: "extension-claimed" as const,
      quote: "We need to extend the period until 24 February 2027.",
      date: "2027-02-24",
      period: "two months",
    };
    expect(proposalTitle(proposal, translator("en"))).toBe("They claimed an extension (until 2027-02-24, by two months)");
    expect(proposalTitle(proposal, translator("de"))).toBe("Eine Fristverlängerung wurde geltend gemacht (bis 2027-02-24, um two months)");
    const input = proposalInput(proposal, "2026-12-01", [], "Re: your request");
    const parsed = recordEventSchema.parse(input);
    expect(parsed.summary).toBe("From the reply “Re: your request”: “We need to extend the period until 24 February 2027.”");
    expect(eventDetail({ type: "extension-claimed", data: { summary: parsed.summary } })).toBe(parsed.summary);
  });

  it("carry the ticked checklist items of an answer and the ground of a refusal", () => {
    const answer = recordEventSchema.parse(
      proposalInput({ type: "answer-received", completeness: "partial", quote: "Attached." }, "2026-12-01", ["access.copy"], null),
    );
    expect(answer).toMatchObject({ type: "answer-received", completeness: "partial", received: ["access.copy"] });
    const refusal = recordEventSchema.parse(proposalInput({ type: "refused", quote: "We decline.", ground: "excessive (Art. 12(5))" }, "2026-12-01", [], null));
    expect(refusal.reason).toBe("excessive (Art. 12(5))");
  });
});
