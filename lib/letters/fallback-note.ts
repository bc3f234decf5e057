import { LANGUAGE_NAMES, type LetterLanguage } from "./languages";

/** The note shown with a letter that could not be written in the language asked for. */
export function fallbackNote(language: LetterLanguage): string {
  return `RightsDesk has no ${LANGUAGE_NAMES[language].english} wording for this letter under this law yet, so it is written in English.`;
}
