"use client";

import { useRef, useState } from "react";
import { PolicyInputForm, type Extracted } from "./policy-input-form";
import { ProposalsReviewForm } from "./proposals-review-form";

export function NewCustomService() {
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
          1. The policy
        </h2>
        <PolicyInputForm onExtracted={setExtracted} />
      </section>
    );
  }
  const found = extracted.proposals.length;
  return (
    <section aria-labelledby="step-2" className="stack">
      <h2 id="step-2" tabIndex={-1} ref={headingRef}>
        2. Check what we found
      </h2>
      {extracted.warnings.map((w) => (
        <p key={w} className="notice warn" role="status">
          {w}
        </p>
      ))}
      {found === 0 ? (
        <>
          <p className="notice warn">
            We found no email addresses, links, rights, time limits or laws in {extracted.sourceName ?? "this text"}. Is it the whole privacy policy?
          </p>
          <p>
            <button type="button" onClick={() => setExtracted(null)}>
              Start again
            </button>
          </p>
        </>
      ) : (
        <>
          <p>
            We found {found} possible fact{found === 1 ? "" : "s"} in {extracted.sourceName ?? "the text you pasted"}, each shown with the words it comes from.
            Untick what is wrong and correct what is almost right: only what you keep is saved, privately, for you.
          </p>
          <ProposalsReviewForm extracted={extracted} onRestart={() => setExtracted(null)} />
        </>
      )}
    </section>
  );
}
