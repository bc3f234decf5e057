import Link from "next/link";
import { formatLongDate } from "@/lib/law/labels";
import { LANGUAGE_NAMES } from "@/lib/letters/languages";
import type { Letter, LetterLanguage } from "@/lib/letters/types";
import { LetterText, ReadingCopy } from "../../components/letter-summary";
import { SendOptions } from "../../components/send-options";
import { letterFileName } from "../../file-names";
import type { AuthorityOption } from "../../complaint-authority";
import { LanguageSwitch } from "./language-switch";
import { RecordEventForm } from "./record-event-form";

type Props = {
  requestId: string;
  /** Set once a complaint is on the timeline: the page then confirms it instead of asking. */
  filed: { on: string; authority: string } | null;
  serviceName: string;
  authorities: AuthorityOption[];
  authority: AuthorityOption | null;
  letter: Letter | null;
  problem: string | null;
  notYet: string | null;
  language: LetterLanguage;
  languages: readonly LetterLanguage[];
  /** The same complaint in the user's own language, where the one to send is in the authority's. */
  readingCopy?: Letter | null;
  /** The complaint to the company the law requires first (UK DPA 2018 s. 164A, Australia, India). */
  firstToController?: { rule: string; citation: string } | null;
};

/** Which authority and why, the complaint letter, the evidence file to attach, and "I filed it". */
export function ComplaintView({ requestId, filed, serviceName, authorities, authority, letter, problem, notYet, language, languages, readingCopy, firstToController }: Props) {
  const href = `/requests/${encodeURIComponent(requestId)}`;
  const page = `${href}/complaint`;
  const extra = authority ? `&authority=${encodeURIComponent(authority.id)}` : "";
  return (
    <div className="page narrow stack">
      <p className="small"><Link href={href}>← The request</Link></p>
      <h1>Complain about {serviceName}</h1>
      {filed ? (
        <p className="notice ok" role="status">
          You filed a complaint with {filed.authority} on {formatLongDate(filed.on)}. It is on <Link href={href}>the request&apos;s timeline</Link>, and the evidence file includes it.
        </p>
      ) : notYet ? <p className="notice warn">{notYet}</p> : null}
      {problem ? <p className="notice bad" role="alert">{problem}</p> : null}
      {firstToController && !filed ? (
        <section className="notice warn" aria-labelledby="first-heading">
          <h2 id="first-heading">First, complain to {serviceName}</h2>
          <p>
            {firstToController.rule} ({firstToController.citation}). <Link href={`${href}/follow-up`}>Write to {serviceName}</Link> and record its answer; then
            use the letter below.
          </p>
        </section>
      ) : null}
      <section className="stack" aria-labelledby="authority-heading">
        <h2 id="authority-heading">Where to complain</h2>
        {authorities.length > 1 && authorities.length <= 4 ? (
          <ul>
            {authorities.map((option) => (
              <li key={option.id}>
                {option.id === authority?.id ? <strong>{option.name}</strong> : <Link href={`${page}?lang=${language}&authority=${encodeURIComponent(option.id)}`}>{option.name}</Link>}: {option.why}
              </li>
            ))}
          </ul>
        ) : null}
        {authorities.length > 4 ? (
          <form method="get" action={page} className="row">
            <input type="hidden" name="lang" value={language} />
            <label htmlFor="authority-choice">{authorities.some((a) => a.region) ? "Authority (by where you live)" : "Authority"}</label>
            <select id="authority-choice" name="authority" defaultValue={authority?.id}>
              {authorities.map((option) => <option key={option.id} value={option.id}>{option.region ? `${option.region}: ${option.name}` : option.name}</option>)}
            </select>
            <button type="submit" className="secondary">Use this authority</button>
          </form>
        ) : null}
        {authority ? (
          <div className="card stack">
            <p><strong>{authority.name}</strong>{authority.url ? <> · <a href={authority.url} rel="noreferrer noopener" target="_blank">its website</a></> : null}</p>
            <p>{authority.why} <span className="small muted">Source: {authority.citation}</span></p>
            {authority.policyCitation ? <p className="small">{serviceName}&apos;s policy: “{authority.policyCitation.quote}”</p> : null}
            {authority.note ? <p className="small notice">{authority.note}</p> : null}
            {authority.webform ? (
              <p><a className="button" href={authority.webform} rel="noreferrer noopener" target="_blank">Open {authority.name}&apos;s complaint form</a> <span className="small muted">The quickest way to file: paste the letter below into it.</span></p>
            ) : null}
            {authority.email || authority.address ? (
              <p className="small">{authority.email ? <>Email: {authority.email}. </> : null}{authority.address ? <>Post: {authority.address.split("\n").join(", ")}.</> : null}{authority.source ? <span className="muted"> Source: {authority.source} (Datenanfragen.de, CC0 1.0).</span> : null}</p>
            ) : null}
          </div>
        ) : null}
      </section>
      {letter ? (
        <>
          <LanguageSwitch href={page} language={language} languages={languages} extra={extra} />
          {readingCopy ? (
            <p className="notice">
              {authority?.name ?? "The authority"} takes complaints in {LANGUAGE_NAMES[letter.language].english}, so the letter to send is in {LANGUAGE_NAMES[letter.language].english}. A copy in{" "}
              {LANGUAGE_NAMES[readingCopy.language].english} follows it for you to read; send the {LANGUAGE_NAMES[letter.language].english} one.
            </p>
          ) : null}
          <LetterText letter={letter} />
          {readingCopy ? <ReadingCopy letter={readingCopy} /> : null}
          <section className="stack" aria-labelledby="send-heading">
            <h2 id="send-heading">File it</h2>
            <p>Most authorities take complaints through a form on their website: paste the letter there, or print it. Attach the evidence file.</p>
            <p><a className="button secondary" href={`${href}/evidence.pdf`} download>Download the evidence file (PDF)</a></p>
            <SendOptions letter={letter} draftHref={page} query={`?lang=${language}${extra}`} name={letterFileName({ company: serviceName, what: "complaint", date: letter.date })} noEmailNote="Authorities take complaints through their own web forms: copy the letter into the form, or print the PDF and post it." pasteNote={`Paste it into ${authority?.name ?? "the authority"}'s complaint form, or into an email to it.`} />
          </section>
          {notYet || !authority ? null : (
            <section className="card stack" aria-labelledby="filed-heading">
              <h2 id="filed-heading">Once you have filed it</h2>
              <RecordEventForm requestId={requestId} allowed={["complaint-filed"]} checklist={[]} authorities={[authority.name, ...authorities.filter((a) => a.id !== authority.id).map((a) => a.name)]} language={language} submitLabel="I filed it: add it to the timeline" />
            </section>
          )}
        </>
      ) : null}
    </div>
  );
}
