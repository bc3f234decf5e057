import { useLocale, useTranslations } from "next-intl";
import { listLocales, loadMessages } from "../catalog";
import { setLocaleAction } from "../actions";

/** Each language named in itself ("Deutsch"), from its own messages. */
function languageName(locale: string): string {
  const own = loadMessages(locale).locale as { name?: string } | undefined;
  return own?.name ?? locale;
}

/** A plain form: works without JavaScript, and a change happens only when the person submits it. */
export function LocaleSwitcher() {
  const t = useTranslations("common.language");
  const current = useLocale();
  return (
    <form action={setLocaleAction} className="locale-switcher row">
      <label htmlFor="locale-select">{t("label")}</label>
      <select id="locale-select" name="locale" defaultValue={current}>
        {listLocales().map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {languageName(locale)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t("submit")}
      </button>
    </form>
  );
}
