"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { discardDraftAction } from "../actions";

export function DiscardDraftButton({ draftId, label }: { draftId: string; label: string }) {
  const t = useTranslations("wizard.discardDraft");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const discard = () =>
    startTransition(async () => {
      try {
        const failure = await discardDraftAction(draftId);
        if (failure) setError(t("gone"));
      } catch (e) {
        unstable_rethrow(e);
        setError(t("failed"));
      }
    });
  return (
    <>
      <button type="button" className="secondary" onClick={discard} disabled={pending} aria-label={label}>
        {pending ? t("pending") : t("button")}
      </button>
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
