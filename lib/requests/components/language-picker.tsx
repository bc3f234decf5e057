import { LANGUAGE_NAMES, type LanguageOffer, type LetterLanguage } from "@/lib/letters/languages";
import { useTranslations } from "next-intl";
import { chooseLetterLanguageAction } from "../actions";

/**
 * The letter's language, saved with the draft when picked (a plain form post: it works without
 * JavaScript), so going back to change a detail keeps it.
 */
export function LanguagePicker({ draftId, chosen, offers }: { draftId: string; chosen: LetterLanguage; offers: readonly LanguageOffer[] }) {
  const t = useTranslations("wizard.letterLanguage");
  return (
    <form action={chooseLetterLanguageAction} aria-label={t("label")} className="row small">
      <input type="hidden" name="draftId" value={draftId} />
      <span>{t("prompt")}</span>
      {offers.map(({ language, why }) => (
        <button
          key={language}
          type="submit"
          name="language"
          value={language}
          lang={language}
          aria-pressed={language === chosen}
          className={language === chosen ? "badge ok" : "badge"}
          title={why.length ? t("suggested", { why: why.map((w) => t(`why.${w}`)).join(", ") }) : undefined}
        >
          {LANGUAGE_NAMES[language].native}
          {why.length ? <span aria-hidden="true"> ★</span> : null}
        </button>
      ))}
    </form>
  );
}
