import Link from "next/link";
import { formatLongDate } from "@/lib/law/labels";
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

/** The deadline in the tense it is in: passed, today, or still to come. */
export function deadlineSentence(dueDate: string, today: string): string {
  const date = formatLongDate(dueDate);
  if (dueDate < today) return `The deadline was ${date}.`;
  if (dueDate === today) return `The deadline is today, ${date}.`;
  return `The deadline is ${date}: it has not passed yet.`;
}

const TITLES: Record<FollowUpKind, (service: string) => string> = {
  overdue: (service) => `A reminder to ${service}`,
  incomplete: (service) => `Ask ${service} for what is missing`,
  appeal: (service) => `Appeal to ${service}`,
};

/** The follow-up letter, the ways to send it, and "I sent it" to put it on the timeline. */
export function FollowUpView({ requestId, serviceName, kind, state, letter, problem, notYet, language, languages, today }: Props) {
  const href = `/requests/${encodeURIComponent(requestId)}`;
  const page = `${href}/${kind === "appeal" ? "appeal" : "follow-up"}`;
  const lead = kind === "appeal"
    ? `They refused on ${state.refusal ? formatLongDate(state.refusal.on) : "—"}. The law lets you appeal to them first.`
    : kind === "incomplete"
      ? "Their answer lacks what the law requires. This letter lists each missing item."
      : deadlineSentence(state.deadline.dueDate, today);
  return (
    <div className="page narrow stack">
      <p className="small"><Link href={href}>← The request</Link></p>
      <h1>{TITLES[kind](serviceName)}</h1>
      <p>{lead}</p>
      {kind === "appeal" && state.appeal ? (
        <p className="notice ok" role="status">You appealed on {formatLongDate(state.appeal.on)}. It is on <Link href={href}>the request&apos;s timeline</Link>.</p>
      ) : notYet ? <p className="notice warn">{notYet}</p> : null}
      {problem ? <p className="notice bad" role="alert">{problem}</p> : null}
      {letter ? (
        <>
          <LanguageSwitch href={page} language={language} languages={languages} />
          <LetterText letter={letter} />
          <section className="stack" aria-labelledby="send-heading">
            <h2 id="send-heading">Send it yourself</h2>
            <SendOptions letter={letter} draftHref={page} query={`?lang=${language}`} name={letterFileName({ company: serviceName, what: kind === "appeal" ? "appeal" : "reminder", date: letter.date })} />
          </section>
          {notYet ? null : (
            <section className="card stack" aria-labelledby="sent-heading">
              <h2 id="sent-heading">Once you have sent it</h2>
              <RecordEventForm requestId={requestId} allowed={[kind === "appeal" ? "appealed" : "follow-up-sent"]} checklist={[]} authorities={[]} language={language} submitLabel="I sent it: add it to the timeline" />
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
