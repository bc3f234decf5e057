"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { deleteCustomServiceAction } from "../actions";

/** Delete with a second, explicit step; the safe choice gets the focus. */
export function DeleteCustomServiceButton({ id, name, afterDelete }: { id: string; name: string; afterDelete?: string }) {
  const t = useTranslations("serviceForms.delete");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const open = () => {
    setConfirming(true);
    requestAnimationFrame(() => keepRef.current?.focus());
  };
  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteCustomServiceAction(id).catch(() => null);
      if (result?.ok || result?.reason === "not-found") {
        if (afterDelete) router.push(afterDelete);
        else router.refresh();
        return;
      }
      setError(t(result?.reason === "signed-out" ? "signedOut" : "failed"));
    });

  if (!confirming) {
    return (
      <button type="button" className="secondary" ref={openRef} onClick={open} aria-label={t("openLabel", { name })}>
        {t("open")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={`delete-${id}`} className="notice warn stack">
      <p id={`delete-${id}`}>{t("confirm", { name })}</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="danger" onClick={remove} disabled={pending}>
          {pending ? t("deleting") : t("yes")}
        </button>
        <button type="button" className="secondary" ref={keepRef} onClick={close} disabled={pending}>
          {t("keep")}
        </button>
      </div>
    </div>
  );
}
