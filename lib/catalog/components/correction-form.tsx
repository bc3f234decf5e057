"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { describedBy, FieldError, FormAlert } from "@/lib/requests/components/form-bits";
import { deleteCorrectionAction, saveCorrectionAction } from "../actions";
import { correctionSchema, type Correction, type CorrectionInput } from "../correction-schema";

const FIELDS = ["address", "email", "note"] as const;

export function CorrectionForm({
  slug,
  companyName,
  initial,
  hasCorrection,
}: {
  slug: string;
  companyName: string;
  initial: { address: string; email: string; note: string };
  hasCorrection: boolean;
}) {
  const t = useTranslations("serviceForms.correction");
  const router = useRouter();
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [removing, startRemove] = useTransition();
  const form = useForm<CorrectionInput, unknown, Correction>({ resolver: useIssueResolver(correctionSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    setSaved(false);
    const result = await saveCorrectionAction(slug, values);
    if (result.ok) {
      setSaved(true);
      router.refresh();
      return;
    }
    if (result.reason === "invalid")
      for (const issue of result.issues ?? [])
        if ((FIELDS as readonly string[]).includes(issue.path)) form.setError(issue.path as (typeof FIELDS)[number], { message: issue.message });
    setAlert(t(result.reason === "signed-out" ? "signedOut" : result.reason === "not-found" ? "notFound" : "invalid"));
  });
  const remove = () =>
    startRemove(async () => {
      await deleteCorrectionAction(slug);
      form.reset({ address: "", email: "", note: "" });
      router.refresh();
    });
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert} />
      {saved ? (
        <p className="notice ok" role="status">
          {t("saved", { company: companyName })}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="address">{t("address")}</label>
        <textarea
          id="address"
          rows={4}
          aria-invalid={errors.address ? "true" : "false"}
          aria-describedby={describedBy("address", { hint: true, error: errors.address })}
          {...form.register("address")}
        />
        <span id="address-hint" className="hint">
          {t("addressHint")}
        </span>
        <FieldError id="address" error={errors.address} />
      </div>
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          type="email"
          inputMode="email"
          aria-invalid={errors.email ? "true" : "false"}
          aria-describedby={describedBy("email", { error: errors.email })}
          {...form.register("email")}
        />
        <FieldError id="email" error={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="note">{t("note")}</label>
        <input
          id="note"
          aria-invalid={errors.note ? "true" : "false"}
          aria-describedby={describedBy("note", { hint: true, error: errors.note })}
          {...form.register("note")}
        />
        <span id="note-hint" className="hint">
          {t("noteHint")}
        </span>
        <FieldError id="note" error={errors.note} />
      </div>
      <div className="row">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
        {hasCorrection ? (
          <button type="button" className="secondary" onClick={remove} disabled={removing}>
            {t("remove")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
