import Link from "next/link";
import type { ReactNode } from "react";
import type { DraftData } from "../draft-data";
import { canVisit, previousStep, STEP_LABELS, stepHref, stepsFor, type StepId } from "../wizard-steps";
import styles from "./wizard.module.css";

type Props = { draftId: string; serviceName: string; data: DraftData; step: StepId; title: string; children: ReactNode };

/** The frame of every step: where you are, the steps already answered (as links), the way back. */
export function WizardFrame({ draftId, serviceName, data, step, title, children }: Props) {
  const steps = stepsFor(data);
  const index = steps.indexOf(step);
  const previous = previousStep(data, step);
  return (
    <div className="page narrow stack">
      <p className="small muted">
        Request to <strong>{serviceName}</strong> · Step {index + 1} of {steps.length}
      </p>
      <nav aria-label="Steps of this request">
        <ol className={styles.progress}>
          {steps.map((s) => (
            <li key={s} aria-current={s === step ? "step" : undefined}>
              {s !== step && canVisit(data, s) ? <Link href={stepHref(draftId, s)}>{STEP_LABELS[s]}</Link> : STEP_LABELS[s]}
            </li>
          ))}
        </ol>
      </nav>
      <h1>{title}</h1>
      {children}
      <p className="small">
        {previous ? <Link href={stepHref(draftId, previous)}>← Back to {STEP_LABELS[previous].toLowerCase()}</Link> : <Link href="/requests/new">← Choose another service</Link>}
        {" · "}Your answers are saved as you go: <Link href="/requests/new">resume later</Link>.
      </p>
    </div>
  );
}
