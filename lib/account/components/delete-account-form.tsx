"use client";

import { unstable_rethrow } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useIssueResolver } from "@/lib/i18n/use-issue-resolver";
import { deleteAccountAction } from "../actions";
import { deleteAccountSchemaFor, type DeleteAccountInput } from "../schema";

export function DeleteAccountForm({ email }: { email: string }) {
  const schema = useMemo(() => deleteAccountSchemaFor(email), [email]);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<DeleteAccountInput>({ resolver: useIssueResolver(schema), defaultValues: { confirmEmail: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      const failure = await deleteAccountAction(values);
      if (failure?.reason === "signed-out") setAlert("You have been signed out already: sign in again to delete the account.");
      for (const issue of failure?.issues ?? []) form.setError("confirmEmail", { type: "server", message: issue.message }, { shouldFocus: true });
    } catch (error) {
      unstable_rethrow(error);
      setAlert("The account could not be deleted. Nothing was deleted; please try again.");
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
        <label htmlFor="confirmEmail">Type {email} to confirm</label>
        <input
          id="confirmEmail"
          type="email"
          autoComplete="off"
          aria-invalid={errors.confirmEmail ? "true" : "false"}
          aria-describedby={errors.confirmEmail ? "confirm-error confirm-hint" : "confirm-hint"}
          {...form.register("confirmEmail")}
        />
        <span id="confirm-hint" className="hint">
          This deletes your requests, their timelines and notes, drafts, saved details, custom services, reminders and calendar links. It cannot be undone.
        </span>
        {errors.confirmEmail ? (
          <span id="confirm-error" className="error" role="alert">
            {errors.confirmEmail.message}
          </span>
        ) : null}
      </div>
      <p>
        <button type="submit" className="danger" disabled={isSubmitting}>
          {isSubmitting ? "Deleting…" : "Delete my account and all its data"}
        </button>
      </p>
    </form>
  );
}
