import Link from "next/link";
import { useTranslations } from "next-intl";
import { LANGUAGE_NAMES, type LetterLanguage } from "@/lib/letters/languages";

export function LanguageSwitch({
  href,
  language,
  languages,
  extra = "",
}: {
  href: string;
  language: LetterLanguage;
  languages: readonly LetterLanguage[];
  extra?: string;
}) {
  const t = useTranslations("wizard.letterLanguage");
  if (languages.length < 2) return null;
  return (
    <p className="row small" aria-label={t("label")}>
      {t("prompt")}{" "}
      {languages.map((lang) => (
        <Link key={lang} href={`${href}?lang=${lang}${extra}`} aria-current={lang === language ? "true" : undefined} lang={lang}>
          {LANGUAGE_NAMES[lang].native}
        </Link>
      ))}
    </p>
  );
}
