import { useTranslations } from "next-intl";
import type { DeadlineStep } from "../deadlines";
import { LawText } from "./law-text";

export function DeadlineSteps({ steps }: { steps: readonly DeadlineStep[] }) {
  const t = useTranslations("deadlines.result");
  return (
    <ol className="stack">
      {steps.map((step, index) => (
        <li key={index}>
          <LawText>{step.rule}</LawText>. {step.estimate ? <span className="badge warn">{t("estimate")}</span> : null}
          <br />
          <span className="small muted">{t("source", { citation: step.citation })}</span>
        </li>
      ))}
    </ol>
  );
}
