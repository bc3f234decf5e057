"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { LetterLanguage } from "@/lib/letters/languages";
import type { ChecklistSection } from "../../answer-check";
import { isoDateIn } from "../../dates";
import type { RecordableEventType } from "../../event-types";
import { describedBy, FieldError, FormAlert } from "../../components/form-bits";
import { recordEventAction } from "../actions";
import { recordEventSchema, type RecordEventInput } from "../schema";
import { failureMessage } from "./failure";
import styles from "./request.module.css";

type Props = {
  requestId: string;
  allowed: readonly RecordableEventType[];
  checklist: ChecklistSection[];
  authorities: string[];
  /** Preselects a step, as the follow-up and complaint pages do. */
  initialType?: RecordableEventType;
  language?: LetterLanguage;
  submitLabel?: string;
};

const FIELDS = ["type", "on", "completeness", "received", "reason", "authority", "reference", "summary"];

/** "What happened": a step with its date; the answer step carries the law's checklist. */
export function RecordEventForm({ requestId, allowed, checklist, authorities, initialType, language, submitLabel }: Props) {
  const t = useTranslations("tracking");
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [today, setToday] = useState<string | undefined>(undefined);
  const form = useForm<RecordEventInput>({
    resolver: useIssueResolver(recordEventSchema),
    defaultValues: {
      type: initialType ?? allowed[0],
      on: "",
      timeZone: "",
      received: [],
      reason: "",
      authority: authorities[0] ?? "",
      reference: "",
      summary: "",
      ...(language ? { language } : {}),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const type = form.watch("type");
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = isoDateIn(new Date(), zone);
    setToday(now);
    form.setValue("timeZone", zone);
    if (!form.getValues("on")) form.setValue("on", now);
  }, [form]);

  // After a step is recorded the page offers other steps: never submit one that is no longer shown.
  const offered = allowed.join(" ");
  useEffect(() => {
    const current = form.getValues("type");
    if (!offered.split(" ").includes(current)) form.setValue("type", offered.split(" ")[0] as RecordableEventType);
  }, [offered, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setDone(null);
    const only = <T,>(keep: boolean, value: T) => (keep ? value : undefined);
    const input = {
      ...values,
      completeness: only(values.type === "answer-received", values.completeness),
      received: only(values.type === "answer-received", values.received),
      reason: only(values.type === "refused", values.reason),
      authority: only(values.type === "complaint-filed", values.authority),
      reference: only(values.type === "complaint-filed", values.reference || undefined),
      summary: values.summary || undefined,
    };
    try {
      const result = await recordEventAction(requestId, input);
      if (result.ok) {
        setDone(t("eventForm.recorded", { step: t(`eventActions.${values.type}`) }));
        form.reset({ ...form.getValues(), on: today ?? values.on, received: [], reason: "", reference: "", summary: "", completeness: undefined });
        return;
      }
      let first = true;
      for (const issue of result.issues ?? []) {
        if (!FIELDS.includes(issue.path.split(".")[0] ?? "")) continue;
        form.setError(issue.path as keyof RecordEventInput, { type: "server", message: issue.message }, { shouldFocus: first });
        first = false;
      }
      if (result.reason === "invalid-date") form.setError("on", { type: "server", message: failureMessage(result, t) }, { shouldFocus: true });
      else if (first) setAlert(failureMessage(result, t));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(t("eventForm.failed"));
    }
  });

  if (allowed.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert} />
      {done ? (
        <p className="notice ok" role="status">
          {done}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="type">{t("eventForm.type")}</label>
        <select id="type" aria-invalid={errors.type ? "true" : "false"} {...form.register("type")}>
          {allowed.map((value) => (
            <option key={value} value={value}>
              {t(`eventActions.${value}`)}
            </option>
          ))}
        </select>
        <FieldError id="type" error={errors.type} />
      </div>
      <div className="field">
        <label htmlFor="on">{t("eventForm.on")}</label>
        <input
          id="on"
          type="date"
          max={today}
          aria-invalid={errors.on ? "true" : "false"}
          aria-describedby={describedBy("on", { error: errors.on })}
          {...form.register("on")}
        />
        <FieldError id="on" error={errors.on} />
      </div>
      {type === "answer-received" ? (
        <>
          <fieldset className={styles.checklist}>
            <legend>{t("eventForm.complete")}</legend>
            <label className={styles.check}>
              <input type="radio" value="complete" {...form.register("completeness")} /> <span>{t("eventForm.completeYes")}</span>
            </label>
            <label className={styles.check}>
              <input type="radio" value="partial" {...form.register("completeness")} /> <span>{t("eventForm.completePartial")}</span>
            </label>
            <FieldError id="completeness" error={errors.completeness} />
          </fieldset>
          {checklist.map((section) => (
            <fieldset key={section.right} className={styles.checklist}>
              <legend>{t("eventForm.checklist", { section: section.title })}</legend>
              {section.items.map((item) => (
                <label key={item.id} className={`${styles.check} small`}>
                  <input type="checkbox" value={item.id} {...form.register("received")} />{" "}
                  <span>
                    {item.label}
                    {item.citation ? <span className="muted"> ({item.citation})</span> : null}
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </>
      ) : null}
      {type === "refused" ? (
        <div className="field">
          <label htmlFor="reason">{t("eventForm.reason")}</label>
          <input
            id="reason"
            aria-invalid={errors.reason ? "true" : "false"}
            aria-describedby={describedBy("reason", { error: errors.reason })}
            {...form.register("reason")}
          />
          <FieldError id="reason" error={errors.reason} />
        </div>
      ) : null}
      {type === "complaint-filed" ? (
        <>
          <div className="field">
            <label htmlFor="authority">{t("eventForm.authority")}</label>
            <input
              id="authority"
              list="authorities"
              aria-invalid={errors.authority ? "true" : "false"}
              aria-describedby={describedBy("authority", { error: errors.authority })}
              {...form.register("authority")}
            />
            <datalist id="authorities">
              {authorities.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <FieldError id="authority" error={errors.authority} />
          </div>
          <div className="field">
            <label htmlFor="reference">{t("eventForm.reference")}</label>
            <input id="reference" aria-invalid={errors.reference ? "true" : "false"} {...form.register("reference")} />
            <FieldError id="reference" error={errors.reference} />
          </div>
        </>
      ) : null}
      <input type="hidden" {...form.register("timeZone")} />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("eventForm.saving") : (submitLabel ?? t("eventForm.submit"))}
      </button>
    </form>
  );
}
