import Link from "next/link";
import { Undo2 } from "lucide-react";
import { undoRecordedFormAction } from "../actions";
import { QUICK_LABELS, type QuickEventType } from "../quick-events";

export type Recorded = { requestId: string; eventId: string; serviceName: string; type: string; failed: boolean };

/**
 * Said after a step recorded from the dashboard: what was recorded, with an undo right here (a plain
 * form, so it works without JavaScript). Done takes a request off the list, so this is where its
 * undo has to be.
 */
export function RecordedNotice({ recorded, back }: { recorded: Recorded; back: string }) {
  const href = `/requests/${encodeURIComponent(recorded.requestId)}`;
  const what = recorded.type === "completed"
    ? `Marked the request to ${recorded.serviceName} as done.`
    : `Recorded for ${recorded.serviceName}: ${QUICK_LABELS[recorded.type as QuickEventType] ?? recorded.type}.`;
  return (
    <div className="notice ok row" role="status">
      <span>{what}</span>
      <form action={undoRecordedFormAction}>
        <input type="hidden" name="requestId" value={recorded.requestId} />
        <input type="hidden" name="eventId" value={recorded.eventId} />
        <input type="hidden" name="back" value={back} />
        <button type="submit" className="secondary" aria-label={`Undo: ${what}`}>
          <Undo2 aria-hidden="true" size={18} /> Undo
        </button>
      </form>
      {recorded.failed ? (
        <span className="error">
          Could not undo it: the request changed since. Its <Link href={href}>timeline</Link> shows what is recorded.
        </span>
      ) : null}
    </div>
  );
}

/** After an undo: the request is back where it was. */
export function UndoneNotice({ serviceName, requestId }: { serviceName: string; requestId: string }) {
  return (
    <p className="notice" role="status">
      Undone: the request to <Link href={`/requests/${encodeURIComponent(requestId)}`}>{serviceName}</Link> is as it was before.
    </p>
  );
}
