import { describe, expect, it } from "vitest";
import { COMPLAINT_TEMPLATES } from "@/lib/letters/complaint";
import type { LetterLanguage } from "@/lib/letters/languages";
import { answerChecklist } from "./answer-check";
import { askIn } from "./answer-asks";

describe("askIn", () => {
  it("words every GDPR checklist item in every language a complaint is written in", () => {
    const items = ["eu-gdpr", "uk-gdpr"].flatMap((regime) => answerChecklist(regime, ["access", "portability", "deletion", "correction", "objection"]).flatMap((s) => s.items));
    for (const language of Object.keys(COMPLAINT_TEMPLATES) as LetterLanguage[]) {
      for (const item of items) expect(askIn(item, language)?.trim(), `${language}: ${item.ask}`).toBeTruthy();
    }
  });

  it("has no wording for a language without a table, so the letter falls back to English", () => {
    expect(askIn({ ask: "the purposes of the processing", askDe: "die Verarbeitungszwecke" }, "pt-BR")).toBeUndefined();
    expect(askIn({ ask: "the purposes of the processing", askDe: "die Verarbeitungszwecke" }, "nl")).toBe("de verwerkingsdoeleinden");
  });
});
