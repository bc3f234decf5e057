import { RIGHT_LABELS } from "../labels";
import type { Timeline } from "../types";
import { CitedQuote } from "./cited-quote";

function whatLabel(what: Timeline["what"]): string {
  return what === "all-requests" ? "Requests" : RIGHT_LABELS[what];
}

export function TimelinesList({ timelines }: { timelines: Timeline[] }) {
  return (
    <ul className="stack">
      {timelines.map((t) => (
        <li key={`${t.what}-${t.statedByPolicy}`}>
          {t.statedByPolicy ? (
            <>
              <strong>{whatLabel(t.what)}:</strong> within {t.days !== undefined ? `${t.days} days` : `${t.months} months`}
              {t.format ? `, as ${t.format} files` : ""} <span className="badge ok">promised by the policy</span>
              <div>
                <CitedQuote citation={t.citation} />
              </div>
            </>
          ) : (
            <>
              <strong>{whatLabel(t.what)}:</strong> {t.note} <span className="badge">set by law</span>
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
