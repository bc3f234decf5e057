import Link from "next/link";
import { LANGUAGE_NAMES, type LetterLanguage } from "@/lib/letters/languages";

export function LanguageSwitch({ href, language, languages, extra = "" }: { href: string; language: LetterLanguage; languages: readonly LetterLanguage[]; extra?: string }) {
  if (languages.length < 2) return null;
  return (
    <p className="row small" aria-label="Language of the letter">
      Letter in:{" "}
      {languages.map((lang) => (
        <Link key={lang} href={`${href}?lang=${lang}${extra}`} aria-current={lang === language ? "true" : undefined} lang={lang}>
          {LANGUAGE_NAMES[lang].native}
        </Link>
      ))}
    </p>
  );
}
