import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COMPLAINT_TEMPLATES } from "@/lib/letters/complaint";
import { FOLLOW_UP_TEMPLATES } from "@/lib/letters/follow-up";
import { LETTER_LANGUAGES } from "@/lib/letters/languages";
import { resolveLetterLanguage, resolveTemplate } from "@/lib/letters/templates";
import type { Letter } from "@/lib/letters/types";
import { LetterText } from "@/lib/requests/components/letter-summary";
import { loadMessages } from "./catalog";

// The "Bad input" rule for letters: a kind, language and law without wording falls back to
// English and says so. Every kind (the request; follow-up and appeal share their wording; the
// complaint) in every letter language under the GDPR, and the note in both interface languages.
const RIGHTS = ["access", "deletion", "portability", "correction", "restriction", "objection"] as const;

function resolved(kind: "request" | "follow-up" | "complaint", language: (typeof LETTER_LANGUAGES)[number]) {
  if (kind === "request") {
    const { template, fallbackFrom } = resolveTemplate(language, "eu-gdpr", RIGHTS);
    return { english: template.locale.startsWith("en"), fallbackFrom };
  }
  const { language: written, fallbackFrom } =
    kind === "complaint" ? resolveLetterLanguage(COMPLAINT_TEMPLATES, language, "eu-gdpr") : resolveLetterLanguage(FOLLOW_UP_TEMPLATES, language, "eu-gdpr");
  return { english: written === "en", fallbackFrom };
}

const letter = (fallbackFrom: Letter["fallbackFrom"]) => ({ language: "en", fallbackFrom, body: "Dear Sir or Madam," }) as Letter;
const render = (locale: string, from: Letter["fallbackFrom"]) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={loadMessages(locale)} timeZone="UTC">
      <LetterText letter={letter(from)} />
    </NextIntlClientProvider>,
  );

describe("letters in a language without wording", () => {
  it("are English with the language asked for kept, for every kind and language under the GDPR", () => {
    const fallbacks: string[] = [];
    for (const kind of ["request", "follow-up", "complaint"] as const)
      for (const language of LETTER_LANGUAGES) {
        const { english, fallbackFrom } = resolved(kind, language);
        if (language === "en") expect(fallbackFrom).toBeUndefined();
        else if (english) {
          expect(fallbackFrom, `${kind} ${language}`).toBe(language);
          fallbacks.push(`${kind} ${language}`);
        } else expect(fallbackFrom, `${kind} ${language}`).toBeUndefined();
      }
    // Brazilian Portuguese is written for the LGPD only: under the GDPR every kind falls back.
    expect(fallbacks).toEqual(["request pt-BR", "follow-up pt-BR", "complaint pt-BR"]);
  });

  it("carry a visible note in the reader's language, naming the language asked for", () => {
    const de = render("de", "pt-BR");
    expect(de).toContain('role="note"');
    expect(de).toContain("auf Englisch verfasst");
    expect(de).toMatch(/Portugiesisch \(Brasilien\)|brasilianisches Portugiesisch/);
    const en = render("en", "pl");
    expect(en).toContain("so it is written in English");
    expect(en).toContain("Polish");
    expect(render("de", undefined)).not.toContain('role="note"');
  });
});
