import Link from "next/link";
import { Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { undoRecordedFormAction } from "../actions";
import type { QuickEventType } from "../quick-events";
import { QUICK_EVENT_TYPES } from "../schema";

export type Recorded = { requestId: string; eventId: string; serviceName: string; type: string; failed: boolean };

/**
 * Said after a step recorded from the dashboard: what was recorded, with an undo right here (a plain
 * form, so it works without JavaScript). Done takes a request off the list, so this is where its
 * undo has to be.
 */
export function RecordedNotice({ recorded, back }: { recorded: Recorded; back: string }) {
  const t = useTranslations("tracking");
  const href = `/requests/${encodeURIComponent(recorded.requestId)}`;
  const step = (QUICK_EVENT_TYPES as readonly string[]).includes(recorded.type) ? t(`quick.${recorded.type as QuickEventType}`) : recorded.type;
  const what =
    recorded.type === "completed"
      ? t("recorded.markedDone", { service: recorded.serviceName })
      : t("recorded.recordedFor", { service: recorded.serviceName, step });
  return (
    <div className="notice ok row" role="status">
      <span>{what}</span>
      <form action={undoRecordedFormAction}>
        <input type="hidden" name="requestId" value={recorded.requestId} />
        <input type="hidden" name="eventId" value={recorded.eventId} />
        <input type="hidden" name="back" value={back} />
        <button type="submit" className="secondary" aria-label={t("recorded.undoLabel", { what })}>
          <Undo2 aria-hidden="true" size={18} /> {t("recorded.undo")}
        </button>
      </form>
      {recorded.failed ? <span className="error">{t.rich("recorded.failed", { link: (chunks) => <Link href={href}>{chunks}</Link> })}</span> : null}
    </div>
  );
}

/** After an undo: the request is back where it was. */
export function UndoneNotice({ serviceName, requestId }: { serviceName: string; requestId: string }) {
  const t = useTranslations("tracking");
  return (
    <p className="notice" role="status">
      {t.rich("recorded.undone", { service: serviceName, link: (chunks) => <Link href={`/requests/${encodeURIComponent(requestId)}`}>{chunks}</Link> })}
    </p>
  );
}
