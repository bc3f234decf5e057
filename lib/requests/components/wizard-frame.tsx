import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import type { DraftData } from "../draft-data";
import { canVisit, previousStep, STEP_LABELS, STEPS, stepHref, stepsFor, type StepId } from "../wizard-steps";
import { RetryNotice } from "./retry-notice";
import { StepHeading } from "./step-heading";
import styles from "./wizard.module.css";

type Props = { draftId: string; serviceName: string; data: DraftData; step: StepId; title: string; children: ReactNode };

/**
 * The frame of every step: where you are, the steps already answered (as links), the way back.
 * Every step is always listed, so the count never changes mid-way: one this request does not
 * need is shown as skipped.
 */
export function WizardFrame({ draftId, serviceName, data, step, title, children }: Props) {
  const needed = stepsFor(data);
  const previous = previousStep(data, step);
  // Whether the specifics step is needed is known once the rights and the law are.
  const decided = (data.rights?.length ?? 0) > 0 && data.location !== undefined;
  return (
    <div className="page narrow stack">
      <p className="small muted" id="wizard-progress">
        Request to <strong>{serviceName}</strong> · Step {STEPS.indexOf(step) + 1} of {STEPS.length}: {STEP_LABELS[step]}
      </p>
      <nav aria-label="Steps of this request">
        <ol className={styles.progress}>
          {STEPS.map((s) => (
            <li key={s} aria-current={s === step ? "step" : undefined} className={needed.includes(s) || !decided ? undefined : styles.skipped}>
              {!needed.includes(s) ? (
                <>
                  {STEP_LABELS[s]} <span className="small">{decided ? "(not needed)" : "(if needed)"}</span>
                </>
              ) : s !== step && canVisit(data, s) ? (
                <Link href={stepHref(draftId, s)}>{STEP_LABELS[s]}</Link>
              ) : (
                STEP_LABELS[s]
              )}
            </li>
          ))}
        </ol>
      </nav>
      <StepHeading title={title} describedBy="wizard-progress" />
      <Suspense fallback={null}>
        <RetryNotice />
      </Suspense>
      {children}
      <p className="small">
        {previous ? <Link href={stepHref(draftId, previous)}>← Back to {STEP_LABELS[previous].toLowerCase()}</Link> : <Link href="/requests/new">← Choose another service</Link>}
        {" · "}Your answers are saved as you go: <Link href="/requests/new">resume later</Link>.
      </p>
    </div>
  );
}
