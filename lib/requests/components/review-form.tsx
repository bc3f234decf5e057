"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { confirmReviewAction } from "../actions";
import { reviewStepSchema, type Language } from "../schema";
import { FormAlert } from "./form-bits";
import { applyFailure } from "./step-failure";

type Values = z.input<typeof reviewStepSchema>;

export function ReviewForm({ draftId, language }: { draftId: string; language: Language }) {
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(reviewStepSchema), defaultValues: { language, timeZone: "" } });
  useEffect(() => form.setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone), [form]);
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await confirmReviewAction(draftId, values), form.setError, []));
    } catch (error) {
      unstable_rethrow(error);
      setAlert("Something went wrong. Please try again.");
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert} />
      <input type="hidden" {...form.register("language")} />
      <input type="hidden" {...form.register("timeZone")} />
      <button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? "Saving…" : "This is right: choose how to send it"}</button>
    </form>
  );
}
