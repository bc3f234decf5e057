import { useTranslations } from "next-intl";
import { useServiceLabels } from "./use-service-labels";
import type { Applicability } from "../types";
import { CitedQuote } from "./cited-quote";

// Disclaimers ("NOT CURRENTLY GOVERNED BY THE CCPA") are shown as warnings, never hidden: they
// change what a requester can insist on, and the requester may disagree with them.
export function ApplicabilityNotices({ items }: { items: Applicability[] }) {
  const t = useTranslations("services.stance");
  const labels = useServiceLabels();
  if (items.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ul className="stack">
      {items.map((a) => {
        const disclaimer = a.stance === "not-governed" || a.stance === "exempt-in-part";
        return (
          <li key={`${a.stance}-${a.citation.start}-${a.regimes.join()}`} className={disclaimer ? "notice warn" : undefined}>
            {t(a.stance)} <strong>{a.framework ?? labels.regimes(a.regimes)}</strong>. <CitedQuote citation={a.citation} max={140} />
            {a.note ? <div className="small muted">{a.note}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
