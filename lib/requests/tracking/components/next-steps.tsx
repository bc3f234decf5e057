import Link from "next/link";
import type { NextStep } from "../../next-steps";
import styles from "./request.module.css";

export function NextSteps({ steps, requestHref }: { steps: NextStep[]; requestHref: string }) {
  return (
    <ul className={styles.steps}>
      {steps.map((step) => (
        <li key={`${step.kind}-${step.title}`} className="stack">
          <p>
            <strong>{step.title}</strong>
          </p>
          {step.text ? <p>{step.text}</p> : null}
          {step.citation ? <p className="small muted">Source: {step.citation}</p> : null}
          {step.href ? (
            <p>
              <Link className="button" href={`${requestHref}/${step.href}`}>
                {step.cta ?? step.title}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
