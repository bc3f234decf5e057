"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { saveReminderPreferencesAction } from "../actions";
import { DAYS_BEFORE_CHOICES, preferencesSchema, type PreferencesInput, type PreferencesValues } from "../schema";

type Props = { initial: PreferencesValues; timeZoneChosen: boolean; timeZones: string[] };

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

export function ReminderPreferencesForm({ initial, timeZoneChosen, timeZones }: Props) {
  const t = useTranslations("reminders.form");
  const [status, setStatus] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);
  const form = useForm<PreferencesInput, unknown, PreferencesValues>({
    resolver: useIssueResolver(preferencesSchema),
    defaultValues: { ...initial, daysBefore: initial.daysBefore.map(String) },
  });
  const { errors, isSubmitting } = form.formState;
  const emailsOn = form.watch("emailsOn");

  // Until the user picks a zone, offer the browser's: reminders then come at 09:00 their time.
  useEffect(() => {
    if (timeZoneChosen) return;
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browser && timeZones.includes(browser)) form.setValue("timeZone", browser);
  }, [form, timeZoneChosen, timeZones]);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await saveReminderPreferencesAction(values);
    if (result.ok) {
      setStatus({ tone: "ok", text: values.emailsOn ? t("savedOn") : t("savedOff") });
      return;
    }
    if (result.reason === "signed-out") {
      setStatus({ tone: "bad", text: t("signedOut") });
      return;
    }
    for (const issue of result.issues ?? []) form.setError(issue.path as keyof PreferencesInput, { message: issue.message });
    setStatus({ tone: "bad", text: t("invalid") });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {status && (
        <p className={`notice ${status.tone}`} role={status.tone === "bad" ? "alert" : "status"}>
          {status.text}
        </p>
      )}
      <div className="field">
        <label>
          <input type="checkbox" {...form.register("emailsOn")} /> {t("emailsOn")}
        </label>
        <span className="hint">{t("emailsOnHint")}</span>
      </div>
      {!emailsOn && <p className="notice warn">{t("off")}</p>}
      <fieldset className="field" aria-describedby="days-hint">
        <legend>{t("before")}</legend>
        <span id="days-hint" className="hint">
          {t("beforeHint")}
        </span>
        {DAYS_BEFORE_CHOICES.map((days) => (
          <label key={days}>
            <input type="checkbox" value={String(days)} {...form.register("daysBefore")} /> {t("daysBefore", { days })}
          </label>
        ))}
        {errors.daysBefore && (
          <span className="error" role="alert">
            {errors.daysBefore.message}
          </span>
        )}
      </fieldset>
      <div className="field">
        <label>
          <input type="checkbox" {...form.register("overdue")} /> {t("overdue")}
        </label>
      </div>
      <div className="field">
        <label>
          <input type="checkbox" {...form.register("digest")} /> {t("digest")}
        </label>
        <span className="hint">{t("digestHint")}</span>
      </div>
      <div className="field">
        <label htmlFor="timeZone">{t("timeZone")}</label>
        <select
          id="timeZone"
          aria-invalid={errors.timeZone ? "true" : "false"}
          aria-describedby={errors.timeZone ? "timeZone-error" : undefined}
          {...form.register("timeZone")}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
        {errors.timeZone && (
          <span id="timeZone-error" className="error" role="alert">
            {errors.timeZone.message}
          </span>
        )}
      </div>
      <fieldset className="field">
        <legend>{t("quiet")}</legend>
        <div className="row">
          <label htmlFor="quietFrom">{t("from")}</label>
          <select id="quietFrom" {...form.register("quietFrom")}>
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourLabel(hour)}
              </option>
            ))}
          </select>
          <label htmlFor="quietTo">{t("to")}</label>
          <select id="quietTo" {...form.register("quietTo")}>
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourLabel(hour)}
              </option>
            ))}
          </select>
        </div>
        <span className="hint">{t("quietHint")}</span>
      </fieldset>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
