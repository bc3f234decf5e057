import Link from "next/link";
import { useTranslations } from "next-intl";
import { Suspense, type ReactNode } from "react";
import type { DraftData } from "../draft-data";
import { canVisit, previousStep, STEPS, stepHref, stepsFor, type StepId } from "../wizard-steps";
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
  const t = useTranslations("wizard.frame");
  const label = useTranslations("wizard.steps");
  const needed = stepsFor(data);
  const previous = previousStep(data, step);
  // Whether the specifics step is needed is known once the rights and the law are.
  const decided = (data.rights?.length ?? 0) > 0 && data.location !== undefined;
  return (
    <div className="page narrow stack">
      <p className="small muted" id="wizard-progress">
        {t.rich("progress", {
          service: serviceName,
          strong: (chunks) => <strong>{chunks}</strong>,
          step: STEPS.indexOf(step) + 1,
          steps: STEPS.length,
          label: label(step),
        })}
      </p>
      <nav aria-label={t("stepsLabel")}>
        <ol className={styles.progress}>
          {STEPS.map((s) => (
            <li key={s} aria-current={s === step ? "step" : undefined} className={needed.includes(s) || !decided ? undefined : styles.skipped}>
              {!needed.includes(s) ? (
                <>
                  {label(s)} <span className="small">{decided ? t("notNeeded") : t("ifNeeded")}</span>
                </>
              ) : s !== step && canVisit(data, s) ? (
                <Link href={stepHref(draftId, s)}>{label(s)}</Link>
              ) : (
                label(s)
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
        {previous ? <Link href={stepHref(draftId, previous)}>{t("back", { step: label(previous) })}</Link> : <Link href="/requests/new">{t("another")}</Link>}
        {" · "}
        {t.rich("saved", { link: (chunks) => <Link href="/requests/new">{chunks}</Link> })}
      </p>
    </div>
  );
}
