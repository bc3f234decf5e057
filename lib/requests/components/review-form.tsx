"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import type { z } from "zod";
import { confirmReviewAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { reviewStepSchema, type Language } from "../schema";
import { FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";

type Values = z.input<typeof reviewStepSchema>;

export function ReviewForm({ draftId, language }: { draftId: string; language: Language }) {
  const t = useTranslations("wizard");
  const [alert, setAlert] = useState<string | null>(null);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "review", draftId), undefined);
  const form = useForm<Values>({ resolver: useIssueResolver(reviewStepSchema), defaultValues: { language, timeZone: "" } });
  useEffect(() => form.setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone), [form]);
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await confirmReviewAction(draftId, values), form.setError, [], t));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(t("failed"));
    }
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted, t)} />
      <input type="hidden" defaultValue={language} {...form.register("language")} />
      <input type="hidden" {...form.register("timeZone")} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("saving") : t("review.submit")}
      </button>
    </form>
  );
}
