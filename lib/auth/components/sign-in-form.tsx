"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { requestSignInLinkAction } from "../actions";
import { signInEmailProblem } from "../email-check";
import { signInErrorMessage, type SignInErrorKey } from "../sign-in-messages";

// One field needs no form library: the page's JavaScript stays within 1.3x a bare page's
// (scripts/page-weights.ts). The field's problem is a key of "errors", said in the reader's language.

type Props = { callbackUrl: string; initialError: string | null };

export function SignInForm({ callbackUrl, initialError }: Props) {
  const t = useTranslations("signin");
  const text = (key: SignInErrorKey, values?: { minutes: number }) => t(`errors.${key}`, values as { minutes: number });
  // A field's message is a key of "errors" (or, from the server, a sentence already written).
  const fieldText = (message: string | undefined) => (message && t.has(`errors.${message as SignInErrorKey}`) ? text(message as SignInErrorKey) : message);
  const [posted, formAction] = useActionState(requestSignInLinkAction, undefined);
  const [serverError, setServerError] = useState<string | null>(initialError);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const errors = { email: problem ? { message: problem } : undefined };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = signInEmailProblem(email);
    setProblem(found);
    if (found) return document.getElementById("email")?.focus();
    setServerError(null);
    setSubmitting(true);
    try {
      const result = await signIn("email", { email: email.trim(), callbackUrl, redirect: false });
      if (!result || result.error) {
        setServerError(signInErrorMessage(text, result?.error ?? "Default"));
        return;
      }
      setSentTo(email.trim());
    } catch {
      setServerError(signInErrorMessage(text, "Default"));
    } finally {
      setSubmitting(false);
    }
  };

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
    <form action={formAction} onSubmit={(event) => void onSubmit(event)} noValidate className="stack">
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
          name="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            // Like the form library did: once shown, the problem follows what is typed.
            if (problem) setProblem(signInEmailProblem(event.target.value));
          }}
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
