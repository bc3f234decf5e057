import Link from "next/link";

export function LanguageSwitch({ href, language, extra = "" }: { href: string; language: "en" | "de"; extra?: string }) {
  return (
    <p className="row small" aria-label="Language of the letter">
      Letter in:{" "}
      {(["en", "de"] as const).map((lang) => (
        <Link key={lang} href={`${href}?lang=${lang}${extra}`} aria-current={lang === language ? "true" : undefined} lang={lang}>
          {lang === "en" ? "English" : "Deutsch"}
        </Link>
      ))}
    </p>
  );
}
