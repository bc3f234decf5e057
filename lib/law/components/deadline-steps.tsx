import type { DeadlineStep } from "../deadlines";

export function DeadlineSteps({ steps }: { steps: readonly DeadlineStep[] }) {
  return (
    <ol className="stack">
      {steps.map((step, index) => (
        <li key={index}>
          {step.rule}. {step.estimate ? <span className="badge warn">Estimate</span> : null}
          <br />
          <span className="small muted">Source: {step.citation}</span>
        </li>
      ))}
    </ol>
  );
}
