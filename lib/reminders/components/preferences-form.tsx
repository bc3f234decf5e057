"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { saveReminderPreferencesAction } from "../actions";
import { DAYS_BEFORE_CHOICES, preferencesSchema, type PreferencesInput, type PreferencesValues } from "../schema";

type Props = { initial: PreferencesValues; timeZoneChosen: boolean; timeZones: string[] };

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
const dayLabel = (days: number) => (days === 1 ? "1 day before" : `${days} days before`);

export function ReminderPreferencesForm({ initial, timeZoneChosen, timeZones }: Props) {
  const [status, setStatus] = useState<{ tone: "ok" | "bad"; text: string } | null>(null);
  const form = useForm<PreferencesInput, unknown, PreferencesValues>({
    resolver: zodResolver(preferencesSchema),
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
      setStatus({ tone: "ok", text: values.emailsOn ? "Saved. Your reminders are planned with these settings." : "Saved. You will get no reminder emails." });
      return;
    }
    if (result.reason === "signed-out") {
      setStatus({ tone: "bad", text: "You were signed out. Sign in again and save once more." });
      return;
    }
    for (const issue of result.issues ?? []) form.setError(issue.path as keyof PreferencesInput, { message: issue.message });
    setStatus({ tone: "bad", text: "Some settings need fixing: see the messages next to them." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {status && <p className={`notice ${status.tone}`} role={status.tone === "bad" ? "alert" : "status"}>{status.text}</p>}
      <div className="field">
        <label><input type="checkbox" {...form.register("emailsOn")} /> Send me reminder emails</label>
        <span className="hint">Off stops every reminder email. Sign-in emails still come when you ask for them.</span>
      </div>
      {!emailsOn && <p className="notice warn">Reminder emails are off: the settings below apply when you turn them on again.</p>}
      <fieldset className="field" aria-describedby="days-hint">
        <legend>Before a deadline</legend>
        <span id="days-hint" className="hint">At 09:00 your time on each day you tick.</span>
        {DAYS_BEFORE_CHOICES.map((days) => (
          <label key={days}><input type="checkbox" value={String(days)} {...form.register("daysBefore")} /> {dayLabel(days)}</label>
        ))}
        {errors.daysBefore && <span className="error" role="alert">{errors.daysBefore.message}</span>}
      </fieldset>
      <div className="field">
        <label><input type="checkbox" {...form.register("overdue")} /> The day after a deadline has passed, with a follow-up ready to send</label>
      </div>
      <div className="field">
        <label><input type="checkbox" {...form.register("digest")} /> One weekly email on Mondays instead of single reminders</label>
        <span className="hint">It lists the deadlines of the next two weeks and the ones that passed last week.</span>
      </div>
      <div className="field">
        <label htmlFor="timeZone">Your time zone</label>
        <select id="timeZone" aria-invalid={errors.timeZone ? "true" : "false"} aria-describedby={errors.timeZone ? "timeZone-error" : undefined} {...form.register("timeZone")}>
          {timeZones.map((zone) => <option key={zone} value={zone}>{zone.replace(/_/g, " ")}</option>)}
        </select>
        {errors.timeZone && <span id="timeZone-error" className="error" role="alert">{errors.timeZone.message}</span>}
      </div>
      <fieldset className="field">
        <legend>No email at night</legend>
        <div className="row">
          <label htmlFor="quietFrom">From</label>
          <select id="quietFrom" {...form.register("quietFrom")}>{HOURS.map((hour) => <option key={hour} value={hour}>{hourLabel(hour)}</option>)}</select>
          <label htmlFor="quietTo">to</label>
          <select id="quietTo" {...form.register("quietTo")}>{HOURS.map((hour) => <option key={hour} value={hour}>{hourLabel(hour)}</option>)}</select>
        </div>
        <span className="hint">A reminder due in these hours waits until they end. The same hour twice means no quiet hours.</span>
      </fieldset>
      <button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save reminder settings"}</button>
    </form>
  );
}
