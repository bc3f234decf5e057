"use client";

import { Share2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Whether to offer the system share sheet. Phones (a coarse pointer) get it always: it is the one
 * way into the mail app that carries a letter of any length. Elsewhere only when the mail link is
 * missing, since a desktop share sheet rarely lists a mail program.
 */
function offered(data: ShareData, withoutMailLink: boolean): boolean {
  if (typeof navigator.share !== "function") return false;
  if (typeof navigator.canShare === "function" && !navigator.canShare(data)) return false;
  return withoutMailLink || window.matchMedia("(pointer: coarse)").matches;
}

/** The Web Share API with the subject and the whole letter; rendered only where the browser has it. */
export function ShareButton({ subject, body, to, withoutMailLink }: { subject: string; body: string; to?: string | undefined; withoutMailLink: boolean }) {
  const t = useTranslations("wizard.sendOptions");
  const data = { title: subject, text: body };
  const show = useSyncExternalStore(
    noSubscription,
    () => offered(data, withoutMailLink),
    () => false,
  );
  const [status, setStatus] = useState("");
  if (!show) return null;
  const share = async () => {
    setStatus("");
    try {
      await navigator.share(data);
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === "AbortError")) setStatus(t("shareFailed"));
    }
  };
  return (
    <span className="stack">
      <span className="row">
        <button type="button" onClick={share}>
          <Share2 aria-hidden="true" size={18} /> {t("share")}
        </button>
        <span role="status" className="small">
          {status}
        </span>
      </span>
      <span className="small muted">
        {t("shareHint")}
        {to ? ` ${t("shareAddress", { to })}` : ""}
      </span>
    </span>
  );
}
