import { regimesLabel } from "../labels";
import type { SupervisoryAuthority } from "../types";
import { CitedQuote } from "./cited-quote";

const ROLE: Record<SupervisoryAuthority["role"], string> = {
  lead: "lead authority",
  competent: "competent authority",
  enforcement: "enforcement",
  "dispute-panel": "dispute panel",
};

export function AuthoritiesList({ authorities }: { authorities: SupervisoryAuthority[] }) {
  if (authorities.length === 0) {
    return <p className="muted">This version names no supervisory authority. You can still complain to the authority where you live.</p>;
  }
  return (
    <ul className="stack">
      {authorities.map((a) => (
        <li key={a.name}>
          <strong>{a.name}</strong>{" "}
          <span className="muted small">
            ({ROLE[a.role]}; {regimesLabel(a.regimes)})
          </span>{" "}
          {a.namedInPolicy ? null : <span className="badge warn">not named in the policy</span>}
          <div>
            <CitedQuote citation={a.citation} />
          </div>
          {a.note ? <div className="small muted">{a.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}
