"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { RightId } from "@/lib/law/types";
import { saveRightsAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { CORE_RIGHTS, rightsStepSchema, WIZARD_RIGHTS, type RightsStep } from "../schema";
import { FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";
import styles from "./wizard.module.css";

export type SelfServiceLink = { label: string; url: string; rights: RightId[] };

type Props = {
  draftId: string;
  serviceName: string;
  initial: RightId[];
  /** Rights the service's own policy names, to say so next to them. */
  inPolicy: RightId[];
  selfService: SelfServiceLink[];
};

const HINTED: readonly RightId[] = ["access", "deletion", "portability", "correction"];

export function RightsForm({ draftId, serviceName, initial, inPolicy, selfService }: Props) {
  const t = useTranslations("wizard.rights");
  const common = useTranslations("wizard");
  const rightLabel = useTranslations("rights");
  const [alert, setAlert] = useState<string | null>(null);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "rights", draftId), undefined);
  const form = useForm<RightsStep>({
    resolver: useIssueResolver(rightsStepSchema),
    defaultValues: { rights: WIZARD_RIGHTS.filter((right) => initial.includes(right)) },
  });
  const { errors, isSubmitting } = form.formState;
  const chosen: RightId[] = form.watch("rights") || [];
  const faster = selfService.filter((page) => page.rights.some((right) => chosen.includes(right)));
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await saveRightsAction(draftId, values), form.setError, ["rights"], common));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(common("failed"));
    }
  });
  const box = (right: RightId) => (
    <label key={right} className={styles.choice}>
      <input type="checkbox" value={right} defaultChecked={initial.includes(right)} {...form.register("rights")} />
      <span>
        <strong>{rightLabel(right)}</strong>
        {HINTED.includes(right) ? <span className="small">{t(`hints.${right as "access"}`)}</span> : null}
        {inPolicy.includes(right) ? <span className="small muted">{t("inPolicy", { service: serviceName })}</span> : null}
      </span>
    </label>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, common)} />
      <fieldset
        className={styles.choices}
        aria-describedby={errors.rights ? "rights-error rights-hint" : "rights-hint"}
        aria-invalid={errors.rights ? "true" : undefined}
      >
        <legend>{t("legend", { service: serviceName })}</legend>
        <p id="rights-hint" className="small muted">
          {t("hint")}
        </p>
        {CORE_RIGHTS.map(box)}
        <details open={chosen.some((right) => !CORE_RIGHTS.includes(right))}>
          <summary>{t("more")}</summary>
          {WIZARD_RIGHTS.filter((right) => !CORE_RIGHTS.includes(right)).map(box)}
        </details>
      </fieldset>
      <FieldError id="rights" error={errors.rights} />
      <div aria-live="polite">
        {faster.length > 0 ? (
          <div className={`notice ok ${styles.fastest}`}>
            <h2>{t("fasterTitle", { service: serviceName })}</h2>
            <p>{t("fasterBody", { service: serviceName })}</p>
            <ul>
              {faster.map((page) => (
                <li key={page.url}>
                  <a href={page.url} rel="noopener noreferrer nofollow" target="_blank">
                    {page.label}
                  </a>{" "}
                  <span className="small muted">{common("newTab", { url: page.url })}</span>
                </li>
              ))}
            </ul>
            <p className="small">{t("formal")}</p>
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? common("saving") : t("submit")}
      </button>
    </form>
  );
}
