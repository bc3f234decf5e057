"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { retryText } from "./step-failure";

/** Why a step came back after a form posted without JavaScript (?retry=<reason>). */
export function RetryNotice() {
  const t = useTranslations("wizard");
  const message = retryText(useSearchParams().get("retry"), t);
  return message ? (
    <p className="notice bad" role="alert">
      {message}
    </p>
  ) : null;
}
