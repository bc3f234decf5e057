"use client";

import { unstable_rethrow, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { z } from "zod";
import { forgetIdentityAction, saveDetailsAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import type { MaskedIdentity } from "../mask";
import { detailsSchemaFor, type DetailsNeeds, type DetailsStep } from "../schema";
import { describedBy, FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";
import styles from "./wizard.module.css";

type Values = z.input<ReturnType<typeof detailsSchemaFor>>;
const FIELDS = ["name", "email", "postalAddress", "accountEmail", "username"] as const;

type Props = {
  draftId: string;
  serviceName: string;
  needs: Omit<DetailsNeeds, "savedIdentity">;
  saved: MaskedIdentity | null;
  initial: Partial<Record<(typeof FIELDS)[number], string>> & { other?: string[] };
};

export function DetailsForm({ draftId, serviceName, needs, saved, initial }: Props) {
  const t = useTranslations("wizard.detailsForm");
  const common = useTranslations("wizard");
  const router = useRouter();
  const [alert, setAlert] = useState<string | null>(null);
  const [forgetting, startForget] = useTransition();
  const schema = useMemo(() => detailsSchemaFor({ ...needs, savedIdentity: saved !== null }), [needs, saved]);
  const typedBefore = Boolean(initial.name);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "details", draftId), undefined);
  const form = useForm<Values, unknown, DetailsStep>({
    resolver: useIssueResolver(schema),
    defaultValues: {
      ...Object.fromEntries(FIELDS.map((f) => [f, initial[f] ?? ""])),
      other: (needs.extra ?? []).map((_, i) => initial.other?.[i] ?? ""),
      useSaved: saved !== null && !typedBefore,
      remember: false,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const useSaved = saved !== null && form.watch("useSaved") === true;

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await saveDetailsAction(draftId, values), form.setError, [...FIELDS, "other"], common));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(common("failed"));
    }
  });
  const forget = () =>
    startForget(async () => {
      await forgetIdentityAction();
      form.setValue("useSaved", false);
      router.refresh();
    });

  const text = (name: (typeof FIELDS)[number], label: string, props: { type?: string; autoComplete: string; hint?: string; inputMode?: "email" }) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={errors[name] ? "true" : "false"}
        aria-describedby={describedBy(name, { hint: Boolean(props.hint), error: errors[name] })}
        defaultValue={initial[name] ?? ""}
        {...form.register(name)}
      />
      {props.hint ? (
        <span id={`${name}-hint`} className="hint">
          {props.hint}
        </span>
      ) : null}
      <FieldError id={name} error={errors[name]} />
    </div>
  );

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, common)} />
      {saved ? (
        <div className="card">
          <label className={styles.choice}>
            <input type="checkbox" defaultChecked={saved !== null && !typedBefore} {...form.register("useSaved")} />
            <span>
              <strong>{t("useSaved")}</strong>
              <span className="small">
                {saved.name}, {saved.email}
                {saved.postalAddress ? `, ${saved.postalAddress}` : ""}
              </span>
            </span>
          </label>
          <button type="button" className="secondary" onClick={forget} disabled={forgetting}>
            {forgetting ? t("forgetting") : t("forget")}
          </button>
        </div>
      ) : null}
      {useSaved ? null : (
        <>
          {text("name", t("name"), { autoComplete: "name", hint: t("nameHint") })}
          {text("email", t("email"), { type: "email", inputMode: "email", autoComplete: "email", hint: t("emailHint", { service: serviceName }) })}
          <div className="field">
            <label htmlFor="postalAddress">
              {t("postalAddress")} {needs.postalAddress ? "" : t("optional")}
            </label>
            <textarea
              id="postalAddress"
              rows={3}
              defaultValue={initial.postalAddress ?? ""}
              autoComplete="street-address"
              aria-invalid={errors.postalAddress ? "true" : "false"}
              aria-describedby={describedBy("postalAddress", { hint: true, error: errors.postalAddress })}
              {...form.register("postalAddress")}
            />
            <span id="postalAddress-hint" className="hint">
              {needs.postalAddress ? t("asksForIt", { service: serviceName }) : t("postalHint")}
            </span>
            <FieldError id="postalAddress" error={errors.postalAddress} />
          </div>
        </>
      )}
      {text("accountEmail", t("accountEmail", { service: serviceName }), {
        type: "email",
        inputMode: "email",
        autoComplete: "off",
        hint: t("accountEmailHint"),
      })}
      {needs.username
        ? text("username", t("username", { service: serviceName }), { autoComplete: "username", hint: t("usernameHint", { service: serviceName }) })
        : null}
      {(needs.extra ?? []).map((extra, i) => {
        const error = errors.other?.[i];
        return (
          <div className="field" key={extra.label}>
            <label htmlFor={`other-${i}`}>
              {extra.label} {extra.optional ? t("optional") : ""}
            </label>
            <input
              id={`other-${i}`}
              type={extra.kind}
              autoComplete="off"
              aria-invalid={error ? "true" : "false"}
              aria-describedby={describedBy(`other-${i}`, { hint: true, error })}
              defaultValue={initial.other?.[i] ?? ""}
              {...form.register(`other.${i}`)}
            />
            <span id={`other-${i}-hint`} className="hint">
              {t("otherHint", { service: serviceName })}
            </span>
            <FieldError id={`other-${i}`} error={error} />
          </div>
        );
      })}
      {useSaved ? null : (
        <label className={styles.choice}>
          <input type="checkbox" aria-describedby="remember-hint" {...form.register("remember")} />
          <span>
            <strong>{t("remember")}</strong>
            <span id="remember-hint" className="small muted">
              {t("rememberHint")}
            </span>
          </span>
        </label>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? common("saving") : t("submit")}
      </button>
    </form>
  );
}
