"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { startDraftAction } from "../actions";
import { startDraftFormAction } from "../form-actions";
import { serviceStepSchema, type ServiceStepInput } from "../schema";
import { FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";
import styles from "./wizard.module.css";

export type ServiceChoice = { value: string; name: string; description: string };

export function ServiceForm({ catalog, custom, preselected }: { catalog: ServiceChoice[]; custom: ServiceChoice[]; preselected: string }) {
  const t = useTranslations("wizard.service");
  const common = useTranslations("wizard");
  const [alert, setAlert] = useState<string | null>(null);
  const [posted, formAction] = useActionState(startDraftFormAction, undefined);
  const form = useForm<ServiceStepInput>({ resolver: useIssueResolver(serviceStepSchema), defaultValues: { service: preselected } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await startDraftAction(values), form.setError, ["service"], common));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(common("failed"));
    }
  });
  const group = (legend: string, items: ServiceChoice[]) =>
    items.length > 0 ? (
      <fieldset className={styles.choices} aria-describedby={errors.service ? "service-error" : undefined}>
        <legend>{legend}</legend>
        {items.map((item) => (
          <label key={item.value} className={styles.choice}>
            <input
              type="radio"
              value={item.value}
              defaultChecked={item.value === preselected}
              aria-invalid={errors.service ? "true" : "false"}
              {...form.register("service")}
            />
            <span>
              <strong>{item.name}</strong>
              <span className="small muted">{item.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    ) : null;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, common)} />
      {group(t("catalog"), catalog)}
      {group(t("custom"), custom)}
      <FieldError id="service" error={errors.service} />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("starting") : t("submit")}
      </button>
    </form>
  );
}
