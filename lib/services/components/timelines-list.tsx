import { useTranslations } from "next-intl";
import { useServiceLabels } from "./use-service-labels";
import type { Timeline } from "../types";
import { CitedQuote } from "./cited-quote";

export function TimelinesList({ timelines }: { timelines: Timeline[] }) {
  const tr = useTranslations("services.timelines");
  const labels = useServiceLabels();
  const whatLabel = (what: Timeline["what"]) => (what === "all-requests" ? tr("requests") : labels.right(what));
  return (
    <ul className="stack">
      {timelines.map((t) => (
        <li key={`${t.what}-${t.statedByPolicy}`}>
          {t.statedByPolicy ? (
            <>
              <strong>{whatLabel(t.what)}:</strong> {t.days !== undefined ? tr("days", { count: t.days }) : tr("months", { count: t.months ?? 0 })}
              {t.format ? tr("format", { format: t.format }) : ""} <span className="badge ok">{tr("promised")}</span>
              <div>
                <CitedQuote citation={t.citation} />
              </div>
            </>
          ) : (
            <>
              <strong>{whatLabel(t.what)}:</strong> {t.note} <span className="badge">{tr("byLaw")}</span>
              {t.citation ? (
                <div>
                  <CitedQuote citation={t.citation} />
                </div>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
