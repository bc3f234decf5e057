"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { deleteNoteAction } from "../actions";
import { failureMessage } from "./failure";

export function DeleteNoteButton({ requestId, noteId }: { requestId: string; noteId: string }) {
  const t = useTranslations("tracking");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      try {
        const result = await deleteNoteAction(requestId, noteId);
        if (!result.ok) setError(failureMessage(result, t));
      } catch (e) {
        unstable_rethrow(e);
        setError(t("notes.deleteFailed"));
      }
    });
  return (
    <>
      <button type="button" className="secondary" onClick={remove} disabled={pending}>
        {pending ? t("notes.deleting") : t("notes.delete")}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
