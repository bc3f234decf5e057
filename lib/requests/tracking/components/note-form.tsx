"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { describedBy, FieldError, FormAlert } from "../../components/form-bits";
import { addNoteAction } from "../actions";
import { noteSchema, type NoteInput } from "../schema";
import { failureMessage } from "./failure";

export function NoteForm({ requestId }: { requestId: string }) {
  const t = useTranslations("tracking.notes");
  const tracking = useTranslations("tracking");
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<NoteInput>({ resolver: useIssueResolver(noteSchema), defaultValues: { body: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      const result = await addNoteAction(requestId, values);
      if (result.ok) form.reset({ body: "" });
      else if (result.issues?.length) form.setError("body", { type: "server", message: result.issues[0]!.message }, { shouldFocus: true });
      else setAlert(failureMessage(result, tracking));
    } catch (error) {
      unstable_rethrow(error);
      setAlert(t("failed"));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert} />
      <div className="field">
        <label htmlFor="note">{t("add")}</label>
        <textarea
          id="note"
          rows={3}
          aria-invalid={errors.body ? "true" : "false"}
          aria-describedby={describedBy("note", { hint: true, error: errors.body })}
          {...form.register("body")}
        />
        <span id="note-hint" className="hint">
          {t("hint")}
        </span>
        <FieldError id="note" error={errors.body} />
      </div>
      <button type="submit" className="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </button>
    </form>
  );
}
