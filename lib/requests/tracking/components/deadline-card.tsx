import { DeadlineSteps } from "@/lib/law/components/deadline-steps";
import { formatLongDate } from "@/lib/law/labels";
import type { CurrentDeadline } from "../../lifecycle";
import styles from "./request.module.css";

/** The date in force and the rule behind it, step by step with sources. */
export function DeadlineCard({ deadline, open }: { deadline: CurrentDeadline; open: boolean }) {
  return (
    <div className="stack">
      <p className={styles.due}>
        {formatLongDate(deadline.dueDate)} {deadline.estimate ? <span className="badge warn">Estimate</span> : null}
      </p>
      <p className="small">
        {deadline.kind === "appeal" ? "The company's time to decide your appeal" : open ? "The company must answer by the end of this day where it is" : "The deadline that applied"} ({deadline.timeZone}).
        {deadline.extendedDueDate && deadline.extendedDueDate !== deadline.dueDate ? ` If it claims an extension in time, the latest date is ${formatLongDate(deadline.extendedDueDate)}.` : ""}
      </p>
      {deadline.paused?.length ? (
        <p className="small">Clock stopped: {deadline.paused.map((p) => `${formatLongDate(p.from)} to ${p.to ? formatLongDate(p.to) : "now"}`).join("; ")}.</p>
      ) : null}
      <details>
        <summary>How this date is counted</summary>
        <DeadlineSteps steps={deadline.steps} />
      </details>
    </div>
  );
}
