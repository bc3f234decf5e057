"use client";

import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { deleteAccountAction } from "../actions";
import { deleteAccountSchemaFor, type DeleteAccountInput } from "../schema";

export function DeleteAccountForm({ email }: { email: string }) {
  const t = useTranslations("serviceForms.account");
  const schema = useMemo(() => deleteAccountSchemaFor(email), [email]);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<DeleteAccountInput>({ resolver: useIssueResolver(schema), defaultValues: { confirmEmail: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      const failure = await deleteAccountAction(values);
      if (failure?.reason === "signed-out") setAlert(t("signedOut"));
      for (const issue of failure?.issues ?? []) form.setError("confirmEmail", { type: "server", message: issue.message }, { shouldFocus: true });
    } catch (error) {
      unstable_rethrow(error);
      setAlert(t("failed"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {alert ? (
        <p className="notice bad" role="alert">
          {alert}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="confirmEmail">{t("confirm", { email })}</label>
        <input
          id="confirmEmail"
          type="email"
          autoComplete="off"
          aria-invalid={errors.confirmEmail ? "true" : "false"}
          aria-describedby={errors.confirmEmail ? "confirm-error confirm-hint" : "confirm-hint"}
          {...form.register("confirmEmail")}
        />
        <span id="confirm-hint" className="hint">
          {t("hint")}
        </span>
        {errors.confirmEmail ? (
          <span id="confirm-error" className="error" role="alert">
            {errors.confirmEmail.message}
          </span>
        ) : null}
      </div>
      <p>
        <button type="submit" className="danger" disabled={isSubmitting}>
          {isSubmitting ? t("deleting") : t("submit")}
        </button>
      </p>
    </form>
  );
}
