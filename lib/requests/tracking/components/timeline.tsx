import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { recordedAtText } from "../../evidence-blocks";
import { EVENT_TITLES, type RequestEventType } from "../../event-types";

const isEventType = (type: string): type is RequestEventType => Object.hasOwn(EVENT_TITLES, type);
import type { TimelineEvent } from "../../lifecycle";
import { eventDetail } from "../event-detail";
import styles from "./request.module.css";
import { UndoButton } from "./undo-button";

/** Every entry as recorded, oldest first; undone ones struck through but kept, like the log. */
export function Timeline({
  requestId,
  events,
  undoneIds,
  undoable,
}: {
  requestId: string;
  events: TimelineEvent[];
  undoneIds: ReadonlySet<string>;
  undoable: TimelineEvent | null;
}) {
  const t = useTranslations("tracking.timeline");
  const format = useDayFormat();
  const titleOf = (type: string) => (isEventType(type) ? t(`events.${type}`) : type);
  const shown = events.filter((event) => event.type !== "undone");
  return (
    <div className="stack">
      <ol className={styles.timeline}>
        {shown.map((event) => {
          const title = titleOf(event.type);
          const detail = eventDetail(event);
          const undone = undoneIds.has(event.id);
          return (
            <li key={event.id} className={undone ? styles.undone : undefined}>
              <time dateTime={event.on}>{format.full(event.on)}</time>
              <span>
                {undone ? <del>{title}</del> : <strong>{title}</strong>}
                {detail ? <>: {detail}</> : null}
                {undone ? <span className="badge">{t("undone")}</span> : null}
              </span>
              <span className="small muted">
                {event.recordedBy === "user"
                  ? t("recordedByYou", { at: recordedAtText(event.createdAt) })
                  : t("recordedBy", { who: event.recordedBy, at: recordedAtText(event.createdAt) })}
              </span>
            </li>
          );
        })}
      </ol>
      {undoable ? <UndoButton requestId={requestId} eventId={undoable.id} title={titleOf(undoable.type)} /> : null}
    </div>
  );
}
