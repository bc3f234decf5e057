import { LANGUAGE_NAMES, type LanguageOffer, type LetterLanguage } from "@/lib/letters/languages";
import { chooseLetterLanguageAction } from "../actions";

const WHY: Record<LanguageOffer["why"][number], string> = {
  requester: "your language",
  company: "the company's request language",
  country: "where you live",
};

/**
 * The letter's language, saved with the draft when picked (a plain form post: it works without
 * JavaScript), so going back to change a detail keeps it.
 */
export function LanguagePicker({ draftId, chosen, offers }: { draftId: string; chosen: LetterLanguage; offers: readonly LanguageOffer[] }) {
  return (
    <form action={chooseLetterLanguageAction} aria-label="Letter language" className="row small">
      <input type="hidden" name="draftId" value={draftId} />
      <span>Language of the letter:</span>
      {offers.map(({ language, why }) => (
        <button
          key={language}
          type="submit"
          name="language"
          value={language}
          lang={language}
          aria-pressed={language === chosen}
          className={language === chosen ? "badge ok" : "badge"}
          title={why.length ? `Suggested: ${why.map((w) => WHY[w]).join(", ")}` : undefined}
        >
          {LANGUAGE_NAMES[language].native}
          {why.length ? <span aria-hidden="true"> ★</span> : null}
        </button>
      ))}
    </form>
  );
}
