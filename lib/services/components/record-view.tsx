import { formatDate } from "../labels";
import { policyHref } from "../links";
import type { ServiceRecord } from "../types";
import { ApplicabilityNotices } from "./applicability-notices";
import { AuthoritiesList } from "./authorities-list";
import { ChannelsList } from "./channels-list";
import { CitedQuote, CitedStatements } from "./cited-quote";
import { HowToAsk } from "./how-to-ask";
import { PagesList } from "./pages-list";
import { RightsTable } from "./rights-table";
import { TimelinesList } from "./timelines-list";

export function RecordView({ record }: { record: ServiceRecord }) {
  return (
    <div className="stack">
      <p>
        {record.effectiveDate ? (
          <>
            {record.effectiveDate.kind === "effective" ? "Effective" : "Last updated"} {formatDate(record.effectiveDate.date)}.{" "}
            <CitedQuote citation={record.effectiveDate.citation} />
          </>
        ) : (
          "This version states no date."
        )}{" "}
        <a href={policyHref(record.serviceSlug, record.versionId)}>Read the full policy text</a>.
      </p>
      <section aria-labelledby="laws">
        <h2 id="laws">Which laws it speaks to</h2>
        <ApplicabilityNotices items={record.applicability} />
      </section>
      <section aria-labelledby="rights">
        <h2 id="rights">Rights it grants</h2>
        <RightsTable rights={record.rights} otherRights={record.otherRights} />
      </section>
      <section aria-labelledby="write">
        <h2 id="write">Where to write</h2>
        {record.legalEntity ? (
          <p>
            Entity: <strong>{record.legalEntity.name ?? "not named"}</strong>
            {record.legalEntity.url ? <span className="mono small"> ({record.legalEntity.url})</span> : null}{" "}
            <CitedQuote citation={record.legalEntity.citation} />
            {record.legalEntity.note ? <span className="small muted"> {record.legalEntity.note}</span> : null}
          </p>
        ) : (
          <p className="muted">This version names no legal entity.</p>
        )}
        <ChannelsList channels={record.channels} />
      </section>
      <section aria-labelledby="self">
        <h2 id="self">Do it yourself</h2>
        <PagesList pages={record.selfService} empty="No self-service pages are named." />
        <h3>Settings</h3>
        <PagesList pages={record.settings} empty="No settings are named." />
      </section>
      <section aria-labelledby="time">
        <h2 id="time">How long they have</h2>
        <TimelinesList timelines={record.timelines} />
      </section>
      <section aria-labelledby="ask">
        <h2 id="ask">How to ask</h2>
        <HowToAsk record={record} />
      </section>
      <section aria-labelledby="complain">
        <h2 id="complain">Where to complain</h2>
        <AuthoritiesList authorities={record.supervisoryAuthorities} />
      </section>
      <section aria-labelledby="retention">
        <h2 id="retention">How long they keep data</h2>
        <CitedStatements items={record.retention} empty="This version says nothing about retention." />
      </section>
      {record.notes.length > 0 ? (
        <section aria-labelledby="capture">
          <h2 id="capture">About this capture</h2>
          <ul>
            {record.notes.map((n) => (
              <li key={n} className="small">
                {n}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
