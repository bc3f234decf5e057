import { isEstimateRule, RIGHT_LABELS, summarizeDeadline } from "../labels";
import type { Regime } from "../types";

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** 'NL' → Netherlands; 'US-CA' stays a code, which readers of a US law recognise. */
function placeName(code: string): string {
  return code.includes("-") ? code : (regionNames.of(code) ?? code);
}

function appliesTo(regime: Regime): string {
  return regime.id === "eu-gdpr" ? `the EU and EEA (${regime.appliesTo.length} countries)` : regime.appliesTo.map(placeName).join(", ");
}

export function RegimeSection({ regime, level = 3 }: { regime: Regime; level?: 2 | 3 }) {
  const headingId = `regime-${regime.id}`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <Heading id={headingId}>{regime.shortLabel}</Heading>
      <p className="small muted">
        {regime.name}. {regime.appliesTo.length > 0 ? <>For people in {appliesTo(regime)}. </> : null}
        {regime.effective ? <>In force since {regime.effective}. </> : null}
        {regime.inForceFrom ? <>Its rights take effect on {regime.inForceFrom}; until then a letter relies on the fallback below. </> : null}
        Usual time zone {regime.defaultTimeZone}, public holidays of {regime.counting.holidays.region}.
      </p>
      <p className="small">
        <strong>When a deadline ends on a day off:</strong> {regime.counting.nonWorkingEnd.rule} ({regime.counting.nonWorkingEnd.citation})
        {regime.counting.nonWorkingEnd.estimate ? (
          <>
            {" "}
            <span className="badge warn">Estimate</span>
          </>
        ) : null}
        . <strong>Holidays:</strong> {regime.counting.holidays.rule} ({regime.counting.holidays.citation})
        {regime.counting.holidays.estimate ? (
          <>
            {" "}
            <span className="badge warn">Estimate</span>
          </>
        ) : null}
        .
      </p>
      <div className="table-wrap">
        <table>
          <caption className="small muted">Rights and deadlines under {regime.shortLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Right</th>
              <th scope="col">Granted by</th>
              <th scope="col">Deadline</th>
              <th scope="col">Source of the deadline</th>
            </tr>
          </thead>
          <tbody>
            {regime.rights.map((grant) => (
              <tr key={grant.right}>
                <th scope="row">
                  {RIGHT_LABELS[grant.right]}
                  <br />
                  <span className="small muted">{grant.title}</span>
                </th>
                <td>{grant.article}</td>
                <td>
                  {summarizeDeadline(grant.deadline, regime)}
                  {grant.inForceFrom ? <span className="small"> (from {grant.inForceFrom})</span> : null}
                  {isEstimateRule(grant.deadline) ? (
                    <>
                      {" "}
                      <span className="badge warn">Estimate</span>
                    </>
                  ) : null}
                  <p className="small muted">{grant.deadline.respond.rule}.</p>
                </td>
                <td className="small">
                  {[grant.deadline.respond.citation, grant.deadline.extension?.citation, grant.deadline.acknowledge?.citation]
                    .filter((citation, index, all): citation is string => citation !== undefined && all.indexOf(citation) === index)
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <strong>Where to complain:</strong> {regime.complaint.rule} ({regime.complaint.citation}).{" "}
        {regime.complaint.firstToController ? (
          <>
            First: {regime.complaint.firstToController.rule} ({regime.complaint.firstToController.citation}).{" "}
          </>
        ) : null}
        {regime.id === "eu-gdpr" ? <a href="#eu-authorities">See the national authorities.</a> : null}
      </p>
      {regime.id === "eu-gdpr" ? null : (
        <ul className="small">
          {regime.complaint.authorities.map((authority) => (
            <li key={authority.url}>
              <a href={authority.url}>{authority.name}</a>
              {authority.note ? <span className="muted"> — {authority.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        Sources:{" "}
        {regime.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 ? "; " : null}
            <a href={source.url}>{source.title}</a>
          </span>
        ))}
      </p>
    </section>
  );
}
