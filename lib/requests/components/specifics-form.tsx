"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { useFieldArray, useForm, type UseFormReturn } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { z } from "zod";
import type { RightId } from "@/lib/law/types";
import type { LetterSpecifics } from "@/lib/letters/types";
import { saveSpecificsAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { MAX_CORRECTIONS, specificsSchemaFor, type SpecificsStep } from "../schema";
import { describedBy, FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";
import styles from "./wizard.module.css";

type Values = z.input<ReturnType<typeof specificsSchemaFor>>;
type Props = { draftId: string; serviceName: string; rights: RightId[]; initial: LetterSpecifics };

const EMPTY_ITEM = { field: "", currentValue: "", correctValue: "" };

function defaults(rights: RightId[], initial: LetterSpecifics): Values {
  return {
    ...(rights.includes("correction") ? { correction: initial.correction?.length ? initial.correction : [EMPTY_ITEM] } : {}),
    ...(rights.includes("deletion") ? { deletion: { scope: initial.deletion?.scope ?? "account", parts: initial.deletion?.parts ?? "" } } : {}),
    ...(rights.includes("portability") ? { portability: { format: initial.portability?.format ?? "json" } } : {}),
    ...(rights.includes("objection")
      ? { objection: { directMarketing: initial.objection?.directMarketing ?? true, grounds: initial.objection?.grounds ?? "" } }
      : {}),
  };
}

/** An error on the list itself (none given), as opposed to one on an item. */
function listError(errors: unknown): { message?: string } | undefined {
  const list = errors as { message?: string; root?: { message?: string } } | undefined;
  return list?.root ?? (list?.message ? list : undefined);
}

type Form = UseFormReturn<Values, unknown, SpecificsStep>;

type CorrectionErrors = Partial<Record<"field" | "currentValue" | "correctValue", { message?: string }>>;

// Its own component: useFieldArray registers the list, which must not exist when correction is not asked for.
function CorrectionFields({ form }: { form: Form }) {
  const corrections = useFieldArray({ control: form.control, name: "correction" as never });
  const errors = form.formState.errors.correction;
  const t = useTranslations("wizard.specificsForm");
  const input = (id: string, label: string, name: string, error: { message?: string } | undefined) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        aria-invalid={error ? "true" : "false"}
        aria-describedby={describedBy(id, { error })}
        defaultValue={(form.getValues(name as never) as string | undefined) ?? ""}
        {...form.register(name as never)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
  return (
    <section className="stack" aria-labelledby="correction-heading">
      <h2 id="correction-heading">{t("correctionTitle")}</h2>
      {corrections.fields.map((item, index) => {
        const itemErrors = (Array.isArray(errors) ? errors[index] : undefined) as CorrectionErrors | undefined;
        return (
          <fieldset key={item.id} className={styles.item}>
            <legend>{t("correction", { number: index + 1 })}</legend>
            {input(`correction-${index}-field`, t("field"), `correction.${index}.field`, itemErrors?.field)}
            {input(`correction-${index}-current`, t("current"), `correction.${index}.currentValue`, itemErrors?.currentValue)}
            {input(`correction-${index}-correct`, t("correct"), `correction.${index}.correctValue`, itemErrors?.correctValue)}
            {corrections.fields.length > 1 ? (
              <button type="button" className="secondary" onClick={() => corrections.remove(index)}>
                {t("remove", { number: index + 1 })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <FieldError id="correction" error={listError(errors)} />
      {corrections.fields.length < MAX_CORRECTIONS ? (
        <button type="button" className="secondary" onClick={() => corrections.append(EMPTY_ITEM)}>
          {t("add")}
        </button>
      ) : null}
    </section>
  );
}

export function SpecificsForm({ draftId, serviceName, rights, initial }: Props) {
  const t = useTranslations("wizard.specificsForm");
  const common = useTranslations("wizard");
  const INVALID = t("invalid");
  const [alert, setAlert] = useState<string | null>(null);
  const schema = useMemo(() => specificsSchemaFor(rights), [rights]);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "specifics", draftId), undefined);
  const form = useForm<Values, unknown, SpecificsStep>({ resolver: useIssueResolver(schema), defaultValues: defaults(rights, initial) });
  const { errors, isSubmitting } = form.formState;
  const scope = form.watch("deletion.scope");
  const onSubmit = form.handleSubmit(
    async (values) => {
      setAlert(null);
      try {
        setAlert(applyFailure(await saveSpecificsAction(draftId, values), form.setError, ["correction", "deletion", "portability", "objection"], common));
      } catch (error) {
        unstable_rethrow(error);
        setAlert(common("failed"));
      }
    },
    () => setAlert(INVALID),
  );
  // The summary goes once the messages it points at are fixed.
  const shown = alert === INVALID && Object.keys(errors).length === 0 ? null : alert;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={shown ?? failureText(posted, common)} />
      {rights.includes("correction") ? <CorrectionFields form={form} /> : null}
      {rights.includes("deletion") ? (
        <fieldset className={styles.choices} aria-describedby={describedBy("deletion", { error: errors.deletion?.scope })}>
          <legend>{t("deleteWhat", { service: serviceName })}</legend>
          <label className={styles.choice}>
            <input
              type="radio"
              value="account"
              defaultChecked={form.formState.defaultValues?.deletion?.scope !== "parts"}
              {...form.register("deletion.scope")}
            />
            <span>
              <strong>{t("whole")}</strong>
            </span>
          </label>
          <label className={styles.choice}>
            <input type="radio" value="parts" defaultChecked={form.formState.defaultValues?.deletion?.scope === "parts"} {...form.register("deletion.scope")} />
            <span>
              <strong>{t("some")}</strong>
            </span>
          </label>
          <FieldError id="deletion" error={errors.deletion?.scope} />
          {scope === "parts" ? (
            <div className="field">
              <label htmlFor="deletion-parts">{t("which")}</label>
              <textarea
                id="deletion-parts"
                rows={4}
                aria-invalid={errors.deletion?.parts ? "true" : "false"}
                aria-describedby={describedBy("deletion-parts", { hint: true, error: errors.deletion?.parts })}
                {...form.register("deletion.parts")}
              />
              <span id="deletion-parts-hint" className="hint">
                {t("whichHint")}
              </span>
              <FieldError id="deletion-parts" error={errors.deletion?.parts} />
            </div>
          ) : null}
        </fieldset>
      ) : null}
      {rights.includes("portability") ? (
        <fieldset className={styles.choices} aria-describedby={describedBy("portability", { error: errors.portability?.format })}>
          <legend>{t("format")}</legend>
          {(
            [
              ["json", "JSON", t("jsonHint")],
              ["csv", "CSV", t("csvHint")],
              ["any", t("any"), t("anyHint")],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} className={styles.choice}>
              <input
                type="radio"
                value={value}
                defaultChecked={(form.formState.defaultValues?.portability?.format ?? "json") === value}
                {...form.register("portability.format")}
              />
              <span>
                <strong>{label}</strong>
                <span className="small muted">{hint}</span>
              </span>
            </label>
          ))}
          <FieldError id="portability" error={errors.portability?.format} />
        </fieldset>
      ) : null}
      {rights.includes("objection") ? (
        <fieldset className={styles.choices} aria-describedby={describedBy("objection-grounds", { hint: true, error: errors.objection?.grounds })}>
          <legend>{t("objectWhat")}</legend>
          <label className={styles.choice}>
            <input
              type="checkbox"
              defaultChecked={form.formState.defaultValues?.objection?.directMarketing !== false}
              {...form.register("objection.directMarketing")}
            />
            <span>
              <strong>{t("marketing")}</strong>
              <span className="small muted">{t("marketingHint")}</span>
            </span>
          </label>
          <div className="field">
            <label htmlFor="objection-grounds">{t("grounds")}</label>
            <textarea
              id="objection-grounds"
              rows={4}
              aria-invalid={errors.objection?.grounds ? "true" : "false"}
              aria-describedby={describedBy("objection-grounds", { hint: true, error: errors.objection?.grounds })}
              defaultValue={form.formState.defaultValues?.objection?.grounds ?? ""}
              {...form.register("objection.grounds")}
            />
            <span id="objection-grounds-hint" className="hint">
              {t("groundsHint")}
            </span>
            <FieldError id="objection-grounds" error={errors.objection?.grounds} />
          </div>
        </fieldset>
      ) : null}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? common("saving") : t("submit")}
      </button>
    </form>
  );
}
