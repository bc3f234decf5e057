import { regimesLabel } from "../labels";
import type { Applicability } from "../types";
import { CitedQuote } from "./cited-quote";

const STANCE: Record<Applicability["stance"], string> = {
  addresses: "The policy addresses people covered by",
  complies: "The policy says the service complies with",
  "not-governed": "The service says it is not governed by",
  "exempt-in-part": "The service says it is exempt from some of",
};

// Disclaimers ("NOT CURRENTLY GOVERNED BY THE CCPA") are shown as warnings, never hidden: they
// change what a requester can insist on, and the requester may disagree with them.
export function ApplicabilityNotices({ items }: { items: Applicability[] }) {
  if (items.length === 0) return <p className="muted">This version names no law it applies under.</p>;
  return (
    <ul className="stack">
      {items.map((a) => {
        const disclaimer = a.stance === "not-governed" || a.stance === "exempt-in-part";
        return (
          <li key={`${a.stance}-${a.citation.start}-${a.regimes.join()}`} className={disclaimer ? "notice warn" : undefined}>
            {STANCE[a.stance]} <strong>{a.framework ?? regimesLabel(a.regimes)}</strong>. <CitedQuote citation={a.citation} max={140} />
            {a.note ? <div className="small muted">{a.note}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
