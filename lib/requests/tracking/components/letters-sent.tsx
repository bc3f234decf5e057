import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { EVENT_TITLES, type RequestEventType } from "../../event-types";
import type { TimelineEvent } from "../../lifecycle";
import { lettersSent } from "../event-detail";
import styles from "./request.module.css";

type Props = {
  request: { language: string; letterSubject: string; letterBody: string; sentOn: string };
  events: TimelineEvent[];
  undoneIds: ReadonlySet<string>;
};

/** The first letter exactly as sent, then each reminder, appeal or complaint as the app wrote it that day. */
export function LettersSent({ request, events, undoneIds }: Props) {
  const later = lettersSent(events, undoneIds);
  const t = useTranslations("tracking");
  const format = useDayFormat();
  return (
    <section aria-labelledby="letter-heading" className="stack">
      <h2 id="letter-heading">{t("sentLetter.title")}</h2>
      <p>
        <strong>{t("sentLetter.subject")}</strong> {request.letterSubject}
      </p>
      <pre className={styles.letter} lang={request.language} tabIndex={0} aria-label={t("sentLetter.text")}>
        {request.letterBody}
      </pre>
      {later.map((letter) => (
        <details key={letter.id}>
          <summary>
            {Object.hasOwn(EVENT_TITLES, letter.type) ? t(`timeline.events.${letter.type as RequestEventType}`) : letter.type}, {format.full(letter.on)}:{" "}
            {letter.subject}
          </summary>
          <pre className={styles.letter} tabIndex={0} aria-label={t("sentLetter.textOf", { subject: letter.subject })}>
            {letter.body}
          </pre>
        </details>
      ))}
    </section>
  );
}
