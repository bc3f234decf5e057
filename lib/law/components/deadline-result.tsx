import type { DeadlineResult } from "../deadlines";
import { formatLongDate, RIGHT_LABELS } from "../labels";
import type { Regime, RightGrant } from "../types";
import { DeadlineSteps } from "./deadline-steps";

interface Props {
  result: DeadlineResult;
  regime: Regime;
  grant: RightGrant;
}

function DateRow({ label, date, note }: { label: string; date: string | undefined; note?: string }) {
  if (!date) return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <time dateTime={date}>{formatLongDate(date)}</time>
        {note ? <span className="small muted"> — {note}</span> : null}
      </td>
    </tr>
  );
}

export function DeadlineResultView({ result, regime, grant }: Props) {
  const extended = result.extendedRespondBy !== undefined && result.respondBy === result.extendedRespondBy && result.respondBy !== result.originalRespondBy;
  return (
    <section className="card stack" aria-labelledby="result-heading">
      <h2 id="result-heading">
        {RIGHT_LABELS[grant.right]} under {regime.shortLabel}
      </h2>
      {result.estimate ? (
        <p className="notice warn">
          <span className="badge warn">Estimate</span> Some rules behind these dates are unverified or the product&apos;s own reading; the steps below say
          which.
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption className="small muted">Right granted by {grant.article}</caption>
          <tbody>
            <DateRow label="Confirm receipt by" date={result.acknowledgeBy} />
            <DateRow label="Answer due by" date={result.respondBy} note={extended ? "extended" : undefined} />
            <DateRow label="First deadline, before any extension or pause" date={result.originalRespondBy} />
            <DateRow label="Latest date an extension can reach" date={result.extendedRespondBy} />
            {(result.paused ?? []).map((pause) => (
              <tr key={pause.from}>
                <th scope="row">Clock stopped</th>
                <td>
                  from <time dateTime={pause.from}>{formatLongDate(pause.from)}</time>{" "}
                  {pause.to ? (
                    <>
                      to <time dateTime={pause.to}>{formatLongDate(pause.to)}</time>
                    </>
                  ) : (
                    "— still waiting for an answer"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">
        The answer is due by the end of that day where the organisation is ({result.timeZone}), which is{" "}
        <time dateTime={result.respondByEndsAt}>{result.respondByEndsAt.replace("T", " ").replace(".999Z", " UTC")}</time>. Public holidays:{" "}
        {result.holidayRegion}.
      </p>
      <h3>How these dates were reached</h3>
      <DeadlineSteps steps={result.steps} />
      <h3>If there is no answer in time</h3>
      <p>
        {regime.complaint.rule} ({regime.complaint.citation}).
      </p>
      {regime.id === "eu-gdpr" ? (
        <p>
          <a href="#eu-authorities">National authorities of the EU/EEA</a>
        </p>
      ) : (
        <ul>
          {regime.complaint.authorities.map((authority) => (
            <li key={authority.url}>
              <a href={authority.url}>{authority.name}</a>
              {authority.note ? <span className="small muted"> — {authority.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
