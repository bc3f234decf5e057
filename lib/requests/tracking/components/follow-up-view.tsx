import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DayFormat } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { FollowUpKind } from "@/lib/letters/follow-up";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import { LetterText } from "../../components/letter-summary";
import { SendOptions } from "../../components/send-options";
import { letterFileName } from "../../file-names";
import type { RequestState } from "../../lifecycle";
import { LanguageSwitch } from "./language-switch";
import { RecordEventForm } from "./record-event-form";

type Props = {
  requestId: string;
  serviceName: string;
  kind: FollowUpKind;
  state: RequestState;
  letter: Letter | null;
  problem: string | null;
  /** Why the step cannot be recorded yet, or null when it can. */
  notYet: string | null;
  language: LetterLanguage;
  languages: readonly LetterLanguage[];
  /** 'YYYY-MM-DD' in the request's zone, to speak of the deadline in the right tense. */
  today: string;
};

type Text = (key: "past" | "today" | "future", values: { date: string }) => string;

/** The deadline in the tense it is in: passed, today, or still to come (English unless told). */
export function deadlineSentence(dueDate: string, today: string, text?: Text, format?: DayFormat): string {
  const english = translatorFor("en");
  const say: Text = text ?? ((key, values) => english.t(`tracking.followUp.deadline.${key}`, values));
  const date = (format ?? english.format).full(dueDate);
  return say(dueDate < today ? "past" : dueDate === today ? "today" : "future", { date });
}

/** The follow-up letter, the ways to send it, and "I sent it" to put it on the timeline. */
export function FollowUpView({ requestId, serviceName, kind, state, letter, problem, notYet, language, languages, today }: Props) {
  const href = `/requests/${encodeURIComponent(requestId)}`;
  const t = useTranslations("tracking.followUp");
  const format = useDayFormat();
  const page = `${href}/${kind === "appeal" ? "appeal" : "follow-up"}`;
  const lead =
    kind === "appeal"
      ? t("refused", { date: state.refusal ? format.full(state.refusal.on) : "—" })
      : kind === "incomplete"
        ? t("incomplete")
        : deadlineSentence(state.deadline.dueDate, today, (key, values) => t(`deadline.${key}`, values), format);
  return (
    <div className="page narrow stack">
      <p className="small">
        <Link href={href}>{t("back")}</Link>
      </p>
      <h1>{t(`titles.${kind}`, { service: serviceName })}</h1>
      <p>{lead}</p>
      {kind === "appeal" && state.appeal ? (
        <p className="notice ok" role="status">
          {t.rich("appealed", { date: format.full(state.appeal.on), link: (chunks) => <Link href={href}>{chunks}</Link> })}
        </p>
      ) : notYet ? (
        <p className="notice warn">{notYet}</p>
      ) : null}
      {problem ? (
        <p className="notice bad" role="alert">
          {problem}
        </p>
      ) : null}
      {letter ? (
        <>
          <LanguageSwitch href={page} language={language} languages={languages} />
          <LetterText letter={letter} />
          <section className="stack" aria-labelledby="send-heading">
            <h2 id="send-heading">{t("send")}</h2>
            <SendOptions
              letter={letter}
              draftHref={page}
              query={`?lang=${language}`}
              name={letterFileName({ company: serviceName, what: kind === "appeal" ? "appeal" : "reminder", date: letter.date })}
            />
          </section>
          {notYet ? null : (
            <section className="card stack" aria-labelledby="sent-heading">
              <h2 id="sent-heading">{t("once")}</h2>
              <RecordEventForm
                requestId={requestId}
                allowed={[kind === "appeal" ? "appealed" : "follow-up-sent"]}
                checklist={[]}
                authorities={[]}
                language={language}
                submitLabel={t("sent")}
              />
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
