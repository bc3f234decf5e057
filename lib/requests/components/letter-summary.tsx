import { formatLongDate, RIGHT_LABELS } from "@/lib/law/labels";
import { fallbackNote } from "@/lib/letters/fallback-note";
import { LANGUAGE_NAMES } from "@/lib/letters/languages";
import type { Letter } from "@/lib/letters/types";
import { citationLink } from "../citation-link";
import type { ServiceRef } from "../service-ref";
import { Cited } from "./cited";
import styles from "./wizard.module.css";

/** Who it goes to, when the answer is due and why: the facts under the letter, each with its source. */
export function LetterSummary({ letter, serviceRef, sentOnLabel }: { letter: Letter; serviceRef: ServiceRef; sentOnLabel: string }) {
  const to = [letter.to.entity, letter.to.email, letter.to.postal].filter(Boolean).join(" · ");
  return (
    <div className="stack">
      <dl className={styles.dl}>
        <dt>To</dt>
        <dd>{to || "No address in the policy"}</dd>
        <dt>Subject</dt>
        <dd>{letter.subject}</dd>
        <dt>Answer due</dt>
        <dd>
          <strong>{formatLongDate(letter.dueDate)}</strong> {sentOnLabel}
          {letter.dueDates.length > 1 || letter.dueDates.some((d) => d.acknowledgeBy || d.estimate) ? (
            <ul className="small">
              {letter.dueDates.map((due) => (
                <li key={due.right}>
                  {RIGHT_LABELS[due.right]}: {formatLongDate(due.respondBy)} ({due.citation})
                  {due.estimate ? <> <span className="badge warn">Estimate</span></> : null}
                  {due.acknowledgeBy ? `; confirm receipt by ${formatLongDate(due.acknowledgeBy)}` : ""}
                  {due.policyPromise ? <>; the policy promises {formatLongDate(due.policyPromise.respondBy)} <Cited link={citationLink(serviceRef, due.policyPromise.citation)} /></> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dt>Legal basis</dt>
        <dd>
          <ul className="small">
            {letter.legalBasis.map((basis) => (
              <li key={basis.right}>{RIGHT_LABELS[basis.right]}: {basis.citation}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {letter.policyRequirements.length > 0 ? (
        <div className="notice">
          <p><strong>What the policy asks for, and how the letter follows it</strong></p>
          <ul>
            {letter.policyRequirements.map((req) => (
              <li key={req.text}>{req.text} <Cited link={citationLink(serviceRef, req.citation)} /></li>
            ))}
          </ul>
        </div>
      ) : null}
      {letter.warnings.length > 0 ? (
        <div className="notice warn">
          <p><strong>Before you send it</strong></p>
          <ul>
            {letter.warnings.map((warning) => <li key={warning}>{warning}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function LetterText({ letter }: { letter: Letter }) {
  return (
    <section aria-labelledby="letter-heading" className="stack">
      <h2 id="letter-heading">The letter</h2>
      {letter.fallbackFrom ? <p className="notice warn" role="note">{fallbackNote(letter.fallbackFrom)}</p> : null}
      <pre className={styles.letter} lang={letter.language} tabIndex={0} aria-label="Letter text">{letter.body}</pre>
    </section>
  );
}

/** The same letter in the user's own language, to read, not to send. */
export function ReadingCopy({ letter }: { letter: Letter }) {
  return (
    <section aria-labelledby="reading-copy-heading" className="stack">
      <h2 id="reading-copy-heading">For you to read: the same letter in {LANGUAGE_NAMES[letter.language].english}</h2>
      <pre className={styles.letter} lang={letter.language} tabIndex={0} aria-label="Reading copy">{letter.body}</pre>
    </section>
  );
}
