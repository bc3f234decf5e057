import type { Metadata } from "next";
import { formatLongDate } from "@/lib/law/labels";
import { CopyButton } from "@/lib/requests/components/copy-button";
import { DiscardDraftButton } from "@/lib/requests/components/discard-draft-button";
import { LetterText } from "@/lib/requests/components/letter-summary";
import { SendOptions } from "@/lib/requests/components/send-options";
import { SentForm } from "@/lib/requests/components/sent-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import styles from "@/lib/requests/components/wizard.module.css";
import { draftLetter } from "@/lib/requests/draft-letter";
import { letterFileName } from "@/lib/requests/file-names";
import { selfServicePages } from "@/lib/requests/service-facts";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { effectiveRights } from "@/lib/requests/wizard-steps";

export const metadata: Metadata = { title: "Step: send it" };

export default async function SendStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "send");
  const { record } = draft;
  const result = draftLetter(record, draft.data);
  const fastest = selfServicePages(record, effectiveRights(draft.data)).linked;
  const draftHref = `/requests/new/${encodeURIComponent(draft.id)}`;
  // A company that takes requests only through its form: the form leads, with the letter to paste into it.
  const formOnly = result.ok && fastest.length > 0 && !result.letter.to.email;
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="send" title="Send it yourself">
      {fastest.length > 0 ? (
        <section className={`notice ok ${styles.fastest} stack`} aria-labelledby="fastest-heading">
          <h2 id="fastest-heading">{formOnly ? `Send it through ${record.serviceName}'s web form` : `Fastest: use ${record.serviceName}'s own page`}</h2>
          <ul>
            {fastest.map((page) => (
              <li key={page.url}>
                <a href={page.url} rel="noopener noreferrer nofollow" target="_blank">{page.label}</a> <span className="small muted">({page.url}, opens in a new tab)</span>
              </li>
            ))}
          </ul>
          {formOnly && result.ok ? (
            <div className="stack">
              <p>{record.serviceName} takes requests through this form. Open it, then paste the letter into its message field:</p>
              <CopyButton text={result.letter.body} label="Copy the text to paste into the form" copiedLabel="Copied: paste it into the form" />
              <p className="small">The letter names the law, so the legal deadline runs from the day you submit the form.</p>
            </div>
          ) : (
            <p className="small">The formal letter below is the alternative: it names the law and starts a legal deadline you can hold them to.</p>
          )}
        </section>
      ) : null}
      {result.ok ? (
        <>
          <section aria-labelledby="letter-ways" className="stack">
            <h2 id="letter-ways">{fastest.length > 0 ? "Or send the formal letter" : "Send the letter"}</h2>
            <p>
              RightsDesk never sends a request for you: you send it, from your own address. The letter is dated{" "}
              {formatLongDate(result.letter.date)} and asks for an answer by <strong>{formatLongDate(result.letter.dueDate)}</strong>.
            </p>
            <SendOptions letter={result.letter} draftHref={draftHref} name={letterFileName({ company: record.serviceName, what: result.letter.legalBasis.map((basis) => basis.right), date: result.letter.date })} {...(formOnly ? { noEmailNote: `${record.serviceName} gives no email address for requests: use its form above, or print the PDF and post it.` } : {})} />
          </section>
          <details>
            <summary>Show the letter</summary>
            <LetterText letter={result.letter} />
          </details>
          <section aria-labelledby="sent-heading" className="card stack">
            <h2 id="sent-heading">Sent it? Start the clock</h2>
            <p>Tell us the day you sent it, this letter or one you wrote yourself. We count the legal deadline from that day and remind you before it ends.</p>
            <SentForm draftId={draft.id} serviceName={record.serviceName} />
          </section>
        </>
      ) : (
        <p className="notice bad" role="alert">The letter cannot be written: {result.message}</p>
      )}
      <p className="row small">
        Changed your mind? <DiscardDraftButton draftId={draft.id} label="Discard this draft" />
      </p>
    </WizardFrame>
  );
}
