import { diffVersions } from "../diff";
import { formatIsoDate, type Freshness } from "../freshness";
import { policyHref, serviceHref } from "../links";
import type { ServiceRecord } from "../types";
import { CitedQuote } from "./cited-quote";
import { VersionDiffView } from "./version-diff";

const STATED = { effective: "effective", "last-updated": "last updated" } as const;

/** When this text was captured, what date it gives itself, its credit, and what a newer capture changed. */
export function FreshnessNotice({ record, freshness }: { record: ServiceRecord; freshness: Freshness }) {
  const { capturedAt, stated, attribution, newer, newerCapturedAt } = freshness;
  return (
    <section aria-labelledby="freshness" className="stack">
      <h2 id="freshness">How fresh this is</h2>
      <p data-testid="capture-date">
        {capturedAt ? (
          <>
            Policy text captured on <strong>{formatIsoDate(capturedAt)}</strong>.
          </>
        ) : (
          <>The day this text was captured is not known.</>
        )}{" "}
        {stated ? (
          <>
            The text says it is {STATED[stated.kind]} <CitedQuote citation={stated.citation} max={60} />.
          </>
        ) : (
          <>The text states no date of its own.</>
        )}{" "}
        <a href={policyHref(record.serviceSlug, record.versionId)}>Read the captured text</a>.
      </p>
      {attribution ? (
        <p className="small muted" data-testid="attribution">
          Policy text from Open Terms Archive, © {attribution.credit}, under the {attribution.license}; kept byte for byte and quoted as evidence.
        </p>
      ) : null}
      {newer ? (
        <div className="notice warn" role="status">
          <p>
            A newer capture is known{newerCapturedAt ? ` (${formatIsoDate(newerCapturedAt)})` : ""}:{" "}
            <a href={serviceHref(newer.serviceSlug, newer.versionId)}>see the newest version</a>. What changed since this one:
          </p>
          <VersionDiffView diff={diffVersions(record, newer)} fromLabel={record.versionLabel} />
        </div>
      ) : capturedAt ? (
        <p className="small muted">This is the newest capture we keep.</p>
      ) : null}
    </section>
  );
}
