import type { RegimeId } from "@/lib/law/types";
import type { Signer } from "./follow-up";
import { formatLetterDate } from "./format";
import { resolveLetterLanguage } from "./templates";
import { localizeCitation } from "./templates/citations";
import type { Letter, LetterLanguage } from "./types";

// What the letters written after the request (follow-ups, complaints) share: the wording in the
// chosen language or in English with a note, citations and dates in that language's style, and the
// Letter they return for the .eml, PDF and mail-link builders.

export function laterWording<T>(wordings: Readonly<Partial<Record<LetterLanguage, T>>>, language: LetterLanguage, regime: RegimeId) {
  const { language: written, wording, template, fallbackFrom } = resolveLetterLanguage(wordings, language, regime);
  return {
    language: written,
    t: wording,
    base: template,
    fallbackFrom,
    cite: (citation: string) => localizeCitation(citation, template.citations),
    date: (iso: string) => formatLetterDate(iso, template.locale),
  };
}

type LaterLetterParts = {
  language: LetterLanguage;
  fallbackFrom: LetterLanguage | undefined;
  requestedLanguage: LetterLanguage | undefined;
  subject: string;
  paragraphs: string[];
  to: Letter["to"];
  requester: Signer;
  date: string;
  dateText: string;
  dueDate: string;
};

export function laterLetter(parts: LaterLetterParts): Letter {
  const { requester } = parts;
  const fallbackFrom = parts.fallbackFrom ?? parts.requestedLanguage;
  return {
    language: parts.language,
    ...(fallbackFrom ? { fallbackFrom } : {}),
    subject: parts.subject,
    body: parts.paragraphs.join("\n\n"),
    headings: [],
    to: parts.to,
    from: { name: requester.name, email: requester.email, ...(requester.postalAddress ? { postal: requester.postalAddress } : {}) },
    date: parts.date,
    dateText: parts.dateText,
    dueDate: parts.dueDate,
    dueDates: [],
    legalBasis: [],
    policyRequirements: [],
    warnings: [],
  };
}
