"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteNoteAction } from "../actions";
import { failureMessage } from "./failure";

export function DeleteNoteButton({ requestId, noteId }: { requestId: string; noteId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      try {
        const result = await deleteNoteAction(requestId, noteId);
        if (!result.ok) setError(failureMessage(result));
      } catch (e) {
        unstable_rethrow(e);
        setError("Could not delete the note.");
      }
    });
  return (
    <>
      <button type="button" className="secondary" onClick={remove} disabled={pending}>
        {pending ? "Deleting…" : "Delete note"}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
