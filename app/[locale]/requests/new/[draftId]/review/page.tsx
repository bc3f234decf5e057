import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { findCompany } from "@/lib/catalog/companies";
import Link from "next/link";
import { LetterSummary, LetterText } from "@/lib/requests/components/letter-summary";
import { LanguagePicker } from "@/lib/requests/components/language-picker";
import { ReviewForm } from "@/lib/requests/components/review-form";
import { WizardFrame } from "@/lib/requests/components/wizard-frame";
import { draftLetter } from "@/lib/requests/draft-letter";
import { identityClashes } from "@/lib/requests/identity-check";
import { letterLanguageChoice } from "@/lib/requests/letter-language";
import { LANGUAGES, type Language } from "@/lib/requests/schema";
import { loadStepDraft, type StepParams } from "@/lib/requests/step-page";
import { regimeOf, splitRights, stepHref, stepsFor } from "@/lib/requests/wizard-steps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.review"))("meta") };
}

type Props = { params: StepParams; searchParams: Promise<{ lang?: string | string[] }> };

export default async function ReviewStepPage({ params, searchParams }: Props) {
  const [{ draft }, { lang }, requestHeaders] = await Promise.all([loadStepDraft(params, "review"), searchParams, headers()]);
  const t = await getTranslations("wizard.review");
  const problem = await getTranslations("wizard.letterProblem");
  const label = await getTranslations("wizard.steps");
  const rightLabel = await getTranslations("rights");
  const companyLanguage = draft.serviceRef.kind === "catalog" ? findCompany(draft.serviceRef.slug)?.contact?.requestLanguage : undefined;
  const choice = letterLanguageChoice(draft.data, { acceptLanguage: requestHeaders.get("accept-language"), companyLanguage });
  const language: Language = LANGUAGES.find((l) => l === lang) ?? choice.chosen;
  // While reviewing, the letter is dated today; leaving the review fixes the date.
  const result = draftLetter(draft.record, { ...draft.data, letterDate: undefined }, { language });
  const { notGranted } = splitRights(draft.data.rights ?? [], regimeOf(draft.data));
  const clashes = identityClashes(draft.data.details, draft.data.specifics?.correction, draft.record.serviceName);
  const editable = stepsFor(draft.data).filter((step) => step !== "review" && step !== "send");
  return (
    <WizardFrame draftId={draft.id} serviceName={draft.record.serviceName} data={draft.data} step="review" title={t("title")}>
      <LanguagePicker draftId={draft.id} chosen={language} offers={choice.offers} />
      {notGranted.length > 0 ? <p className="notice warn">{t("notGranted", { rights: notGranted.map((r) => rightLabel(r)).join("; ") })}</p> : null}
      {clashes.length > 0 ? (
        <div className="notice warn" role="status">
          {clashes.map((clash) => (
            <p key={clash}>{clash}</p>
          ))}
          <p>
            <Link href={stepHref(draft.id, "details")}>{t("changeDetails")}</Link>
          </p>
        </div>
      ) : null}
      {result.ok ? (
        <>
          <LetterSummary letter={result.letter} serviceRef={draft.serviceRef} sentOnLabel={t("ifToday")} />
          <LetterText letter={result.letter} />
          <p className="small">
            {t("change")}{" "}
            {editable.map((step, i) => (
              <span key={step}>
                {i > 0 ? " · " : ""}
                <Link href={stepHref(draft.id, step)}>{label(step)}</Link>
              </span>
            ))}
          </p>
          <ReviewForm key={language} draftId={draft.id} language={language} />
        </>
      ) : (
        <p className="notice bad" role="alert">
          {t("cannot", { message: problem(result.code) })}
        </p>
      )}
    </WizardFrame>
  );
}
