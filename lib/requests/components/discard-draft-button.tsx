"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
import { discardDraftAction } from "../actions";

export function DiscardDraftButton({ draftId, label }: { draftId: string; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const discard = () =>
    startTransition(async () => {
      try {
        const failure = await discardDraftAction(draftId);
        if (failure) setError("This draft is already gone.");
      } catch (e) {
        unstable_rethrow(e);
        setError("Could not discard the draft. Please try again.");
      }
    });
  return (
    <>
      <button type="button" className="secondary" onClick={discard} disabled={pending} aria-label={label}>
        {pending ? "Discarding…" : "Discard"}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
