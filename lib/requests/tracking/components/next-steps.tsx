import Link from "next/link";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { NextStep } from "../../next-steps";
import { stepText } from "../next-step-text";
import styles from "./request.module.css";

export function NextSteps({ steps, requestHref }: { steps: NextStep[]; requestHref: string }) {
  const t = useTranslations("tracking");
  const format = useDayFormat();
  return (
    <ul className={styles.steps}>
      {steps.map((step) => {
        const title = stepText(t, format, step.title);
        const text = step.text ? stepText(t, format, step.text) : "";
        return (
          <li key={`${step.kind}-${title}`} className="stack">
            <p>
              <strong>{title}</strong>
            </p>
            {text ? <p>{text}</p> : null}
            {step.citation ? <p className="small muted">{t("nextSteps.source", { citation: step.citation })}</p> : null}
            {step.href ? (
              <p>
                <Link className="button" href={`${requestHref}/${step.href}`}>
                  {step.cta ? stepText(t, format, step.cta) : title}
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
