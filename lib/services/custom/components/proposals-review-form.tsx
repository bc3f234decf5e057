"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { saveCustomServiceAction } from "../actions";
import { KIND_GROUPS } from "../labels";
import { toChoice } from "../proposals";
import { saveCustomServiceSchema, type SaveCustomServiceData, type SaveCustomServiceInput } from "../schema";
import type { Extracted } from "./policy-input-form";
import { ProposalField } from "./proposal-field";

export function ProposalsReviewForm({ extracted, onRestart }: { extracted: Extracted; onRestart: () => void }) {
  const t = useTranslations("serviceForms.review");
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<SaveCustomServiceInput, unknown, SaveCustomServiceData>({
    resolver: useIssueResolver(saveCustomServiceSchema),
    defaultValues: { name: "", sourceName: extracted.sourceName, sourceText: extracted.text, proposals: extracted.proposals.map(toChoice) },
  });
  const { errors, isSubmitting } = form.formState;
  const listError = errors.proposals?.message ?? errors.proposals?.root?.message;

  const onSubmit = form.handleSubmit(async (data) => {
    setServerError(null);
    try {
      const result = await saveCustomServiceAction(data);
      if (result.ok) return router.push(`/services/custom/${encodeURIComponent(result.id)}`);
      setServerError(t(`failures.${result.reason}`));
    } catch {
      setServerError(t("error"));
    }
  });

  const setGroup = (indexes: number[], accepted: boolean) => indexes.forEach((i) => form.setValue(`proposals.${i}.accepted`, accepted));

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {serverError ? (
        <p className="notice bad" role="alert">
          {serverError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="service-name">{t("name")}</label>
        <input
          id="service-name"
          autoComplete="off"
          aria-invalid={errors.name ? "true" : "false"}
          aria-describedby={errors.name ? "service-name-error service-name-hint" : "service-name-hint"}
          {...form.register("name")}
        />
        <span id="service-name-hint" className="hint">
          {t("nameHint")}
        </span>
        {errors.name ? (
          <span id="service-name-error" className="error" role="alert">
            {errors.name.message}
          </span>
        ) : null}
      </div>
      {KIND_GROUPS.map((group) => {
        const views = extracted.proposals.filter((v) => group.kinds.includes(v.kind));
        if (views.length === 0) return null;
        const indexes = views.map((v) => v.index);
        return (
          <fieldset key={group.id} className="stack" style={{ border: 0, padding: 0, margin: "16px 0 0" }}>
            <legend>
              <h3 style={{ margin: 0 }}>
                {t(`groups.${group.id}`)} <span className="muted small">({views.length})</span>
              </h3>
            </legend>
            {views.length > 1 ? (
              <div className="row small">
                <button type="button" className="secondary" onClick={() => setGroup(indexes, true)}>
                  {t("keepAll", { count: views.length })}
                </button>
                <button type="button" className="secondary" onClick={() => setGroup(indexes, false)}>
                  {t("keepNone")}
                </button>
              </div>
            ) : null}
            <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
              {views.map((view) => (
                <ProposalField key={view.index} view={view} i={view.index} register={form.register} errors={errors} />
              ))}
            </ul>
          </fieldset>
        );
      })}
      {listError ? (
        <p className="notice bad" role="alert">
          {listError}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </button>
        <button type="button" className="secondary" onClick={onRestart} disabled={isSubmitting}>
          {t("startAgain")}
        </button>
      </div>
    </form>
  );
}
