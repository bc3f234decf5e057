"use client";

import { useActionState, useEffect, useState } from "react";
import { quickEventFormAction } from "../actions";
import { QUICK_LABELS, type QuickEventType } from "../quick-events";
import styles from "./dashboard.module.css";
import { failureMessage } from "./failure";

/** One-click steps on a dashboard card, dated today where the user is. */
export function QuickActions({ requestId, serviceName, types }: { requestId: string; serviceName: string; types: readonly QuickEventType[] }) {
  const [result, action, pending] = useActionState(quickEventFormAction.bind(null, requestId), null);
  const [zone, setZone] = useState("");
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  if (types.length === 0) return null;
  return (
    <form action={action} className={styles.actions} aria-label={`Record a step for ${serviceName}`}>
      <input type="hidden" name="timeZone" value={zone} />
      {types.map((type) => (
        <button key={type} type="submit" name="type" value={type} className="secondary" disabled={pending} aria-label={`${QUICK_LABELS[type]}: ${serviceName}`}>
          {QUICK_LABELS[type]}
        </button>
      ))}
      {result && !result.ok ? <p className="error" role="alert">{failureMessage(result)}</p> : null}
    </form>
  );
}
