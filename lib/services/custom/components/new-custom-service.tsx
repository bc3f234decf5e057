"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { PolicyInputForm, type Extracted } from "./policy-input-form";
import { ProposalsReviewForm } from "./proposals-review-form";

export function NewCustomService() {
  const t = useTranslations("serviceForms.custom");
  const [extracted, setStep] = useState<Extracted | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the step that just appeared.
  const setExtracted = (next: Extracted | null) => {
    setStep(next);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  if (!extracted) {
    return (
      <section aria-labelledby="step-1" className="stack">
        <h2 id="step-1" tabIndex={-1} ref={headingRef}>
          {t("step1")}
        </h2>
        <PolicyInputForm onExtracted={setExtracted} />
      </section>
    );
  }
  const found = extracted.proposals.length;
  return (
    <section aria-labelledby="step-2" className="stack">
      <h2 id="step-2" tabIndex={-1} ref={headingRef}>
        {t("step2")}
      </h2>
      {extracted.warnings.map((w) => (
        <p key={w} className="notice warn" role="status">
          {w}
        </p>
      ))}
      {found === 0 ? (
        <>
          <p className="notice warn">{t("noneFound", { source: extracted.sourceName ?? t("thisText") })}</p>
          <p>
            <button type="button" onClick={() => setExtracted(null)}>
              {t("startAgain")}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t("found", { count: found, source: extracted.sourceName ?? t("pastedText") })}</p>
          <ProposalsReviewForm extracted={extracted} onRestart={() => setExtracted(null)} />
        </>
      )}
    </section>
  );
}
