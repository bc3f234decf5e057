"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useForm, type FieldErrors, type Resolver, type ResolverResult } from "react-hook-form";
import { requestSignInLinkAction } from "../actions";
import { signInEmailProblem } from "../email-check";
import type { SignInInput } from "../schema";
import { signInErrorMessage, type SignInErrorKey } from "../sign-in-messages";

// The field's problem is a key of "errors", turned into the reader's language where it is shown.
const resolver: Resolver<SignInInput> = (values): Promise<ResolverResult<SignInInput>> => {
  const problem = signInEmailProblem(values.email);
  if (problem) {
    const errors: FieldErrors<SignInInput> = { email: { type: "validate", message: problem } };
    return Promise.resolve({ values: {}, errors });
  }
  return Promise.resolve({ values: { email: values.email.trim() }, errors: {} });
};

type Props = { callbackUrl: string; initialError: string | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const t = useTranslations("signin");
  const text = (key: SignInErrorKey, values?: { minutes: number }) => t(`errors.${key}`, values as { minutes: number });
  // A field's message is a key of "errors" (or, from the server, a sentence already written).
  const fieldText = (message: string | undefined) => (message && t.has(`errors.${message as SignInErrorKey}`) ? text(message as SignInErrorKey) : message);
  const [posted, formAction] = useActionState(requestSignInLinkAction, undefined);
  const [serverError, setServerError] = useState<string | null>(initialError);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver, defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setServerError(null);
    try {
      const result = await signIn("email", { email, callbackUrl, redirect: false });
      if (!result || result.error) {
        setServerError(signInErrorMessage(text, result?.error ?? "Default"));
        return;
      }
      setSentTo(email);
    } catch {
      setServerError(signInErrorMessage(text, "Default"));
    }
  });

  if (sentTo) {
    return (
      <div className="notice ok" role="status">
        <h2>{t("checkTitle")}</h2>
        <p>{t.rich("sentTo", { email: sentTo, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <button type="button" className="secondary" onClick={() => setSentTo(null)}>
          {t("another")}
        </button>
      </div>
    );
  }

  return (
    // Without JavaScript the browser posts the form to the server action, which sends the same link.
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      {(serverError ?? posted?.error) && (
        <p className="notice bad" role="alert">
          {serverError ?? posted?.error}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          aria-invalid={errors.email ? "true" : "false"}
          aria-describedby={errors.email ? "email-error email-hint" : "email-hint"}
          {...form.register("email")}
        />
        <span id="email-hint" className="hint">
          {t("emailHint")}
        </span>
        {errors.email && (
          <span id="email-error" className="error" role="alert">
            {fieldText(errors.email.message)}
          </span>
        )}
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
