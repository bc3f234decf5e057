import { formatLongDate } from "@/lib/law/labels";
import { EVENT_TITLES, type RequestEventType } from "../../event-types";
import type { TimelineEvent } from "../../lifecycle";
import { lettersSent } from "../event-detail";
import styles from "./request.module.css";

type Props = { request: { language: string; letterSubject: string; letterBody: string; sentOn: string }; events: TimelineEvent[]; undoneIds: ReadonlySet<string> };

/** The first letter exactly as sent, then each reminder, appeal or complaint as the app wrote it that day. */
export function LettersSent({ request, events, undoneIds }: Props) {
  const later = lettersSent(events, undoneIds);
  return (
    <section aria-labelledby="letter-heading" className="stack">
      <h2 id="letter-heading">The letter as sent</h2>
      <p><strong>Subject:</strong> {request.letterSubject}</p>
      <pre className={styles.letter} lang={request.language} tabIndex={0} aria-label="Letter text">{request.letterBody}</pre>
      {later.map((letter) => (
        <details key={letter.id}>
          <summary>{EVENT_TITLES[letter.type as RequestEventType] ?? letter.type}, {formatLongDate(letter.on)}: {letter.subject}</summary>
          <pre className={styles.letter} tabIndex={0} aria-label={`${letter.subject}: letter text`}>{letter.body}</pre>
        </details>
      ))}
    </section>
  );
}
