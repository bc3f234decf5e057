import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDayFormat } from "@/lib/i18n/server-format";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.send"))("meta") };
}

export default async function SendStepPage({ params }: { params: StepParams }) {
  const { draft } = await loadStepDraft(params, "send");
  const { record } = draft;
  const t = await getTranslations("wizard.send");
  const problem = await getTranslations("wizard.letterProblem");
  const common = await getTranslations("wizard");
  const format = await getDayFormat();
  const result = draftLetter(record, draft.data);
  const fastest = selfServicePages(record, effectiveRights(draft.data)).linked;
  const draftHref = `/requests/new/${encodeURIComponent(draft.id)}`;
  // A company that takes requests only through its form: the form leads, with the letter to paste into it.
  const formOnly = result.ok && fastest.length > 0 && !result.letter.to.email;
  return (
    <WizardFrame draftId={draft.id} serviceName={record.serviceName} data={draft.data} step="send" title={t("title")}>
      {fastest.length > 0 ? (
        <section className={`notice ok ${styles.fastest} stack`} aria-labelledby="fastest-heading">
          <h2 id="fastest-heading">{formOnly ? t("formOnlyTitle", { service: record.serviceName }) : t("fastestTitle", { service: record.serviceName })}</h2>
          <ul>
            {fastest.map((page) => (
              <li key={page.url}>
                <a href={page.url} rel="noopener noreferrer nofollow" target="_blank">
                  {page.label}
                </a>{" "}
                <span className="small muted">{common("newTab", { url: page.url })}</span>
              </li>
            ))}
          </ul>
          {formOnly && result.ok ? (
            <div className="stack">
              <p>{t("formOnlyBody", { service: record.serviceName })}</p>
              <CopyButton text={result.letter.body} label={t("copy")} copiedLabel={t("copied")} />
              <p className="small">{t("formDeadline")}</p>
            </div>
          ) : (
            <p className="small">{t("alternative")}</p>
          )}
        </section>
      ) : null}
      {result.ok ? (
        <>
          <section aria-labelledby="letter-ways" className="stack">
            <h2 id="letter-ways">{fastest.length > 0 ? t("orLetter") : t("letter")}</h2>
            <p>
              {t.rich("never", {
                date: format.full(result.letter.date),
                due: format.full(result.letter.dueDate),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <SendOptions
              letter={result.letter}
              draftHref={draftHref}
              name={letterFileName({ company: record.serviceName, what: result.letter.legalBasis.map((basis) => basis.right), date: result.letter.date })}
              {...(formOnly ? { noEmailNote: t("noEmail", { service: record.serviceName }) } : {})}
            />
          </section>
          <details>
            <summary>{t("show")}</summary>
            <LetterText letter={result.letter} />
          </details>
          <section aria-labelledby="sent-heading" className="card stack">
            <h2 id="sent-heading">{t("sentTitle")}</h2>
            <p>{t("sentBody")}</p>
            <SentForm draftId={draft.id} serviceName={record.serviceName} />
          </section>
        </>
      ) : (
        <p className="notice bad" role="alert">
          {t("cannot", { message: problem(result.code) })}
        </p>
      )}
      <p className="row small">
        {t("changed")} <DiscardDraftButton draftId={draft.id} label={t("discard")} />
      </p>
    </WizardFrame>
  );
}
