import { describe, expect, it } from "vitest";
import { COMPLAINT_TEMPLATES } from "@/lib/letters/complaint";
import type { LetterLanguage } from "@/lib/letters/languages";
import { TEMPLATES } from "@/lib/letters/templates";
import { answerChecklist } from "./answer-check";
import { askIn } from "./answer-asks";

describe("askIn", () => {
  it("words every checklist item of each law in every language a complaint under it is written in", () => {
    const rights = ["access", "portability", "deletion", "correction", "objection"];
    for (const language of Object.keys(COMPLAINT_TEMPLATES) as LetterLanguage[]) {
      const regimes = (["eu-gdpr", "lgpd"] as const).filter((regime) => TEMPLATES[language]?.lawPhrase[regime]);
      for (const item of regimes.flatMap((regime) => answerChecklist(regime, rights).flatMap((s) => s.items))) {
        expect(askIn(item, language)?.trim(), `${language}: ${item.ask}`).toBeTruthy();
      }
    }
  });

  it("has no wording for a language without a table, so the letter falls back to English", () => {
    expect(askIn({ ask: "the purposes of the processing", askDe: "die Verarbeitungszwecke" }, "pt-BR")).toBeUndefined(); // no GDPR wording in Brazilian Portuguese
    expect(askIn({ ask: "the purposes of the processing", askDe: "die Verarbeitungszwecke" }, "nl")).toBe("de verwerkingsdoeleinden");
  });
});
