"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { undoLastEventAction } from "../actions";
import { failureMessage } from "./failure";

export function UndoButton({ requestId, eventId, title }: { requestId: string; eventId: string; title: string }) {
  const t = useTranslations("tracking");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const undo = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await undoLastEventAction(requestId, eventId, Intl.DateTimeFormat().resolvedOptions().timeZone);
        if (!result.ok) setError(failureMessage(result, t));
      } catch (e) {
        unstable_rethrow(e);
        setError(t("undo.failed"));
      }
    });
  return (
    <span className="row">
      <button type="button" className="secondary" onClick={undo} disabled={pending} aria-label={t("undo.label", { title })}>
        {pending ? t("undo.undoing") : t("undo.button")}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
