import { isRegimeId } from "@/lib/law/regimes";
import { COMPLAINT_TEMPLATES } from "./complaint";
import { FOLLOW_UP_TEMPLATES } from "./follow-up";
import { LETTER_LANGUAGES, type LetterLanguage } from "./languages";
import { TEMPLATES } from "./templates";

/** The languages a follow-up or complaint under this law can be written in without falling back to English. */
export function laterLetterLanguages(kind: "follow-up" | "complaint", regime: string): LetterLanguage[] {
  const wordings = kind === "complaint" ? COMPLAINT_TEMPLATES : FOLLOW_UP_TEMPLATES;
  if (!isRegimeId(regime)) return ["en"];
  return LETTER_LANGUAGES.filter((language) => wordings[language] && TEMPLATES[language]?.lawPhrase[regime]);
}
