import { RIGHT_LABELS, regimesLabel } from "../labels";
import type { OtherRight, PolicyRight } from "../types";
import { CitedQuote } from "./cited-quote";

const VIA: Record<PolicyRight["via"], string> = {
  request: "Ask the service",
  "self-service": "Do it yourself",
  unspecified: "Not said",
};

export function RightsTable({ rights, otherRights }: { rights: PolicyRight[]; otherRights: OtherRight[] }) {
  if (rights.length === 0) return <p className="muted">This version grants no rights we recognise.</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="small muted">Each row quotes the policy; the law may give you more than it says.</caption>
          <thead>
            <tr>
              <th scope="col">Right</th>
              <th scope="col">Under</th>
              <th scope="col">How</th>
              <th scope="col">The policy says</th>
            </tr>
          </thead>
          <tbody>
            {rights.map((r) => (
              <tr key={`${r.right}-${r.citation.start}-${r.regimes.join()}`}>
                <th scope="row">{RIGHT_LABELS[r.right]}</th>
                <td>{regimesLabel(r.regimes)}</td>
                <td>{VIA[r.via]}</td>
                <td>
                  <CitedQuote citation={r.citation} />
                  {r.note ? <div className="small muted">{r.note}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {otherRights.length > 0 ? (
        <>
          <h3>Other rights it names</h3>
          <ul>
            {otherRights.map((r) => (
              <li key={`${r.label}-${r.citation.start}`}>
                {r.label} <span className="muted small">({regimesLabel(r.regimes)})</span> <CitedQuote citation={r.citation} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
