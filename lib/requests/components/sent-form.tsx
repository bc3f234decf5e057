"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { z } from "zod";
import { markSentAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { useBrowserTimeZone } from "@/lib/ui/use-browser-time-zone";
import { isoDateIn } from "../dates";
import { OLDEST_SENT_YEARS, sentSchemaFor } from "../schema";
import { describedBy, FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";

type Values = z.input<ReturnType<typeof sentSchemaFor>>;

/** "I sent it on <date>": creates the tracked request; the date defaults to today where the user is. */
export function SentForm({ draftId, serviceName }: { draftId: string; serviceName: string }) {
  const t = useTranslations("wizard.sent");
  const common = useTranslations("wizard");
  const [alert, setAlert] = useState<string | null>(null);
  const zone = useBrowserTimeZone();
  const today = useMemo(() => (zone ? isoDateIn(new Date(), zone) : undefined), [zone]);
  const schema = useMemo(() => sentSchemaFor(), []);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "send", draftId), undefined);
  const form = useForm<Values>({ resolver: useIssueResolver(schema), defaultValues: { sentOn: "", timeZone: "", ownLetter: "" } });
  const { errors, isSubmitting } = form.formState;
  useEffect(() => {
    if (!zone || !today) return;
    form.setValue("timeZone", zone);
    if (!form.getValues("sentOn")) form.setValue("sentOn", today);
  }, [form, zone, today]);
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await markSentAction(draftId, values), form.setError, ["sentOn", "ownLetter"], common));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(common("failed"));
    }
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, common)} />
      <div className="field">
        <label htmlFor="sentOn">{t("sentOn")}</label>
        <input
          id="sentOn"
          type="date"
          max={today}
          aria-invalid={errors.sentOn ? "true" : "false"}
          aria-describedby={describedBy("sentOn", { hint: true, error: errors.sentOn })}
          {...form.register("sentOn")}
        />
        <span id="sentOn-hint" className="hint">
          {t("sentOnHint", { years: OLDEST_SENT_YEARS, service: serviceName })}
        </span>
        <FieldError id="sentOn" error={errors.sentOn} />
      </div>
      <details>
        <summary>{t("own")}</summary>
        <div className="field">
          <label htmlFor="ownLetter">{t("ownLetter")}</label>
          <textarea
            id="ownLetter"
            rows={8}
            aria-invalid={errors.ownLetter ? "true" : "false"}
            aria-describedby={describedBy("ownLetter", { hint: true, error: errors.ownLetter })}
            {...form.register("ownLetter")}
          />
          <span id="ownLetter-hint" className="hint">
            {t("ownLetterHint", { service: serviceName })}
          </span>
          <FieldError id="ownLetter" error={errors.ownLetter} />
        </div>
      </details>
      <input type="hidden" {...form.register("timeZone")} />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? common("saving") : t("submit")}
      </button>
    </form>
  );
}
