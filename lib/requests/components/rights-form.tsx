"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { useActionState, useState } from "react";
import { useForm } from "react-hook-form";
import { RIGHT_LABELS } from "@/lib/law/labels";
import type { RightId } from "@/lib/law/types";
import { saveRightsAction } from "../actions";
import { submitStepFormAction } from "../form-actions";
import { CORE_RIGHTS, rightsStepSchema, WIZARD_RIGHTS, type RightsStep } from "../schema";
import { FieldError, FormAlert } from "./form-bits";
import { applyFailure, failureText } from "./step-failure";
import styles from "./wizard.module.css";

export type SelfServiceLink = { label: string; url: string; rights: RightId[] };

type Props = {
  draftId: string;
  serviceName: string;
  initial: RightId[];
  /** Rights the service's own policy names, to say so next to them. */
  inPolicy: RightId[];
  selfService: SelfServiceLink[];
};


const HINTS: Partial<Record<RightId, string>> = {
  access: "A copy of the data it holds about you, and what it does with it.",
  deletion: "Your whole account, or some of the data.",
  portability: "Your data in a file another service can read.",
  correction: "Fix data that is wrong or incomplete.",
};

export function RightsForm({ draftId, serviceName, initial, inPolicy, selfService }: Props) {
  const [alert, setAlert] = useState<string | null>(null);
  const [posted, formAction] = useActionState(submitStepFormAction.bind(null, "rights", draftId), undefined);
  const form = useForm<RightsStep>({ resolver: zodResolver(rightsStepSchema), defaultValues: { rights: WIZARD_RIGHTS.filter((right) => initial.includes(right)) } });
  const { errors, isSubmitting } = form.formState;
  const chosen: RightId[] = form.watch("rights") || [];
  const faster = selfService.filter((page) => page.rights.some((right) => chosen.includes(right)));
  const onSubmit = form.handleSubmit(async (values) => {
    setAlert(null);
    try {
      setAlert(applyFailure(await saveRightsAction(draftId, values), form.setError, ["rights"]));
    } catch (error) {
      unstable_rethrow(error);
      setAlert("Something went wrong. Please try again.");
    }
  });
  const box = (right: RightId) => (
    <label key={right} className={styles.choice}>
      <input type="checkbox" value={right} defaultChecked={initial.includes(right)} {...form.register("rights")} />
      <span>
        <strong>{RIGHT_LABELS[right]}</strong>
        {HINTS[right] ? <span className="small">{HINTS[right]}</span> : null}
        {inPolicy.includes(right) ? <span className="small muted">{serviceName}&apos;s policy names this right.</span> : null}
      </span>
    </label>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="stack">
      <FormAlert message={alert ?? failureText(posted)} />
      <fieldset className={styles.choices} aria-describedby={errors.rights ? "rights-error rights-hint" : "rights-hint"} aria-invalid={errors.rights ? "true" : undefined}>
        <legend>What do you want {serviceName} to do?</legend>
        <p id="rights-hint" className="small muted">Choose one or more: one letter can ask for several.</p>
        {CORE_RIGHTS.map(box)}
        <details open={chosen.some((right) => !CORE_RIGHTS.includes(right))}>
          <summary>More rights (some laws only)</summary>
          {WIZARD_RIGHTS.filter((right) => !CORE_RIGHTS.includes(right)).map(box)}
        </details>
      </fieldset>
      <FieldError id="rights" error={errors.rights} />
      <div aria-live="polite">
        {faster.length > 0 ? (
          <div className={`notice ok ${styles.fastest}`}>
            <h2>Faster: do it yourself on {serviceName}</h2>
            <p>{serviceName}&apos;s policy names a page for this. It is usually quicker than a letter:</p>
            <ul>
              {faster.map((page) => (
                <li key={page.url}>
                  <a href={page.url} rel="noopener noreferrer nofollow" target="_blank">{page.label}</a> <span className="small muted">({page.url}, opens in a new tab)</span>
                </li>
              ))}
            </ul>
            <p className="small">Prefer a formal request with a legal deadline? Continue below.</p>
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Continue: where you live"}</button>
    </form>
  );
}
