"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { undoLastEventAction } from "../actions";
import { failureMessage } from "./failure";

export function UndoButton({ requestId, eventId, title }: { requestId: string; eventId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const undo = () =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await undoLastEventAction(requestId, eventId, Intl.DateTimeFormat().resolvedOptions().timeZone);
        if (!result.ok) setError(failureMessage(result));
      } catch (e) {
        unstable_rethrow(e);
        setError("Could not undo. Please try again.");
      }
    });
  return (
    <span className="row">
      <button type="button" className="secondary" onClick={undo} disabled={pending} aria-label={`Undo the last entry: ${title}`}>
        {pending ? "Undoing…" : "Undo last entry"}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
