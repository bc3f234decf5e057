import { formatLongDate } from "@/lib/law/labels";
import { recordedAtText } from "../../evidence-blocks";
import { EVENT_TITLES, type RequestEventType } from "../../event-types";
import type { TimelineEvent } from "../../lifecycle";
import { eventDetail } from "../event-detail";
import styles from "./request.module.css";
import { UndoButton } from "./undo-button";

/** Every entry as recorded, oldest first; undone ones struck through but kept, like the log. */
export function Timeline({ requestId, events, undoneIds, undoable }: { requestId: string; events: TimelineEvent[]; undoneIds: ReadonlySet<string>; undoable: TimelineEvent | null }) {
  const shown = events.filter((event) => event.type !== "undone");
  return (
    <div className="stack">
      <ol className={styles.timeline}>
        {shown.map((event) => {
          const title = EVENT_TITLES[event.type as RequestEventType] ?? event.type;
          const detail = eventDetail(event);
          const undone = undoneIds.has(event.id);
          return (
            <li key={event.id} className={undone ? styles.undone : undefined}>
              <time dateTime={event.on}>{formatLongDate(event.on)}</time>
              <span>
                {undone ? <del>{title}</del> : <strong>{title}</strong>}
                {detail ? <>: {detail}</> : null}
                {undone ? <span className="badge">Undone</span> : null}
              </span>
              <span className="small muted">Recorded by {event.recordedBy === "user" ? "you" : event.recordedBy} on {recordedAtText(event.createdAt)}</span>
            </li>
          );
        })}
      </ol>
      {undoable ? <UndoButton requestId={requestId} eventId={undoable.id} title={EVENT_TITLES[undoable.type as RequestEventType] ?? undoable.type} /> : null}
    </div>
  );
}
