import { DeadlineSteps } from "@/lib/law/components/deadline-steps";
import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { CurrentDeadline } from "../../lifecycle";
import styles from "./request.module.css";

/** The date in force and the rule behind it, step by step with sources. */
export function DeadlineCard({ deadline, open }: { deadline: CurrentDeadline; open: boolean }) {
  const t = useTranslations("tracking.deadline");
  const format = useDayFormat();
  return (
    <div className="stack">
      <p className={styles.due}>
        {format.full(deadline.dueDate)} {deadline.estimate ? <span className="badge warn">{t("estimate")}</span> : null}
      </p>
      <p className="small">
        {deadline.kind === "appeal" ? t("appeal") : open ? t("open") : t("applied")} ({deadline.timeZone}).
        {deadline.extendedDueDate && deadline.extendedDueDate !== deadline.dueDate ? ` ${t("extension", { date: format.full(deadline.extendedDueDate) })}` : ""}
      </p>
      {deadline.paused?.length ? (
        <p className="small">
          {t("paused", { periods: deadline.paused.map((p) => t("period", { from: format.full(p.from), to: p.to ? format.full(p.to) : t("now") })).join("; ") })}
        </p>
      ) : null}
      <details>
        <summary>{t("how")}</summary>
        <DeadlineSteps steps={deadline.steps} />
      </details>
    </div>
  );
}
