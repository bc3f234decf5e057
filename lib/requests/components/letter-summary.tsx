import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { Letter } from "@/lib/letters/types";
import { citationLink } from "../citation-link";
import type { ServiceRef } from "../service-ref";
import { Cited } from "./cited";
import styles from "./wizard.module.css";

/** Who it goes to, when the answer is due and why: the facts under the letter, each with its source. */
export function LetterSummary({ letter, serviceRef, sentOnLabel }: { letter: Letter; serviceRef: ServiceRef; sentOnLabel: string }) {
  const t = useTranslations("wizard.letter");
  const rightLabel = useTranslations("rights");
  const format = useDayFormat();
  const to = [letter.to.entity, letter.to.email, letter.to.postal].filter(Boolean).join(" · ");
  return (
    <div className="stack">
      <dl className={styles.dl}>
        <dt>{t("to")}</dt>
        <dd>{to || t("noAddress")}</dd>
        <dt>{t("subject")}</dt>
        <dd>{letter.subject}</dd>
        <dt>{t("due")}</dt>
        <dd>
          <strong>{format.full(letter.dueDate)}</strong> {sentOnLabel}
          {letter.dueDates.length > 1 || letter.dueDates.some((d) => d.acknowledgeBy || d.estimate) ? (
            <ul className="small">
              {letter.dueDates.map((due) => (
                <li key={due.right}>
                  {rightLabel(due.right)}: {format.full(due.respondBy)} ({due.citation})
                  {due.estimate ? (
                    <>
                      {" "}
                      <span className="badge warn">{t("estimate")}</span>
                    </>
                  ) : null}
                  {due.acknowledgeBy ? t("acknowledge", { date: format.full(due.acknowledgeBy) }) : ""}
                  {due.policyPromise ? (
                    <>
                      {t("promise", { date: format.full(due.policyPromise.respondBy) })} <Cited link={citationLink(serviceRef, due.policyPromise.citation)} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>{t("basis")}</dt>
        <dd>
          <ul className="small">
            {letter.legalBasis.map((basis) => (
              <li key={basis.right}>
                {rightLabel(basis.right)}: {basis.citation}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {letter.policyRequirements.length > 0 ? (
        <div className="notice">
          <p>
            <strong>{t("policyAsks")}</strong>
          </p>
          <ul>
            {letter.policyRequirements.map((req) => (
              <li key={req.text}>
                {req.text} <Cited link={citationLink(serviceRef, req.citation)} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {letter.warnings.length > 0 ? (
        <div className="notice warn">
          <p>
            <strong>{t("before")}</strong>
          </p>
          <ul>
            {letter.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** A language's name in the reader's language ("Französisch"), from Intl. */
function useLanguageName(): (language: string) => string {
  const dateLocale = useTranslations("locale")("dateLocale");
  const names = new Intl.DisplayNames([dateLocale], { type: "language" });
  return (language) => names.of(language) ?? language;
}

export function LetterText({ letter }: { letter: Letter }) {
  const t = useTranslations("wizard.letter");
  const languageName = useLanguageName();
  return (
    <section aria-labelledby="letter-heading" className="stack">
      <h2 id="letter-heading">{t("title")}</h2>
      {letter.fallbackFrom ? (
        <p className="notice warn" role="note">
          {t("fallback", { language: languageName(letter.fallbackFrom) })}
        </p>
      ) : null}
      <pre className={styles.letter} lang={letter.language} tabIndex={0} aria-label={t("text")}>
        {letter.body}
      </pre>
    </section>
  );
}

/** The same letter in the user's own language, to read, not to send. */
export function ReadingCopy({ letter }: { letter: Letter }) {
  const t = useTranslations("wizard.letter");
  const languageName = useLanguageName();
  return (
    <section aria-labelledby="reading-copy-heading" className="stack">
      <h2 id="reading-copy-heading">{t("readingCopy", { language: languageName(letter.language) })}</h2>
      <pre className={styles.letter} lang={letter.language} tabIndex={0} aria-label={t("readingCopyLabel")}>
        {letter.body}
      </pre>
    </section>
  );
}
