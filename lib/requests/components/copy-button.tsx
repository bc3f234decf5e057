"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { NeedsScript } from "@/lib/ui/needs-script";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (plain http, older browsers): the selection-based copy still works.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

/** Copies text and says so in a status region a screen reader announces. */
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const t = useTranslations("common.copy");
  const [status, setStatus] = useState("");
  const id = useId();
  const copy = async () => {
    setStatus("");
    setStatus((await copyText(text)) ? copiedLabel : t("failed"));
  };
  return (
    <span className="row">
      <button type="button" className="secondary" onClick={copy} aria-describedby={id}>
        {label}
      </button>
      <span id={id} role="status" className="small">
        {status}
      </span>
      <NeedsScript>{t("needsScript")}</NeedsScript>
    </span>
  );
}
