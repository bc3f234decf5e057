"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useBrowserTimeZone } from "@/lib/ui/use-browser-time-zone";
import { quickEventFormAction } from "../actions";
import type { QuickEventType } from "../quick-events";
import styles from "./dashboard.module.css";
import { failureMessage } from "./failure";

/** One-click steps on a dashboard card, dated today where the user is. */
export function QuickActions({
  requestId,
  serviceName,
  types,
  back,
}: {
  requestId: string;
  serviceName: string;
  types: readonly QuickEventType[];
  back: string;
}) {
  const t = useTranslations("tracking");
  const label = (type: QuickEventType) => t(`quick.${type}`);
  const [result, action, pending] = useActionState(quickEventFormAction.bind(null, requestId), null);
  const zone = useBrowserTimeZone();
  if (types.length === 0) return null;
  return (
    <form action={action} className={styles.actions} aria-label={t("dashboard.recordFor", { service: serviceName })}>
      <input type="hidden" name="timeZone" value={zone} />
      <input type="hidden" name="back" value={back} />
      {types
        .filter((type) => type !== "completed")
        .map((type) => (
          <button key={type} type="submit" name="type" value={type} className="secondary" disabled={pending} aria-label={`${label(type)}: ${serviceName}`}>
            {label(type)}
          </button>
        ))}
      {types.includes("completed") ? (
        // Done takes the request off this list: it asks first, and says where the undo is.
        <details className={styles.confirm}>
          <summary>{label("completed")}…</summary>
          <p className="small">
            {t.rich("dashboard.confirmDone", {
              service: serviceName,
              link: (chunks) => <Link href={`/requests/${encodeURIComponent(requestId)}`}>{chunks}</Link>,
            })}
          </p>
          <button type="submit" name="type" value="completed" disabled={pending} aria-label={t("dashboard.yesDoneFor", { service: serviceName })}>
            {t("dashboard.yesDone")}
          </button>
        </details>
      ) : null}
      {result && !result.ok ? (
        <p className="error" role="alert">
          {failureMessage(result, t)}
        </p>
      ) : null}
    </form>
  );
}
