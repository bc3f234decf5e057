import { useTranslations } from "next-intl";
import { diffVersions } from "../diff";
import { formatIsoDate, type Freshness } from "../freshness";
import { policyHref, serviceHref } from "../links";
import type { ServiceRecord } from "../types";
import { CitedQuote } from "./cited-quote";
import { VersionDiffView } from "./version-diff";

/** When this text was captured, what date it gives itself, its credit, and what a newer capture changed. */
export function FreshnessNotice({ record, freshness }: { record: ServiceRecord; freshness: Freshness }) {
  const t = useTranslations("services.freshness");
  const { capturedAt, stated, attribution, newer, newerCapturedAt } = freshness;
  return (
    <section aria-labelledby="freshness" className="stack">
      <h2 id="freshness">{t("heading")}</h2>
      <p data-testid="capture-date">
        {capturedAt ? t.rich("captured", { date: formatIsoDate(capturedAt), strong: (chunks) => <strong>{chunks}</strong> }) : t("capturedUnknown")}{" "}
        {stated ? (
          <>
            {stated.kind === "effective" ? t("statedEffective") : t("statedUpdated")} <CitedQuote citation={stated.citation} max={60} />.
          </>
        ) : (
          t("noStated")
        )}{" "}
        <a href={policyHref(record.serviceSlug, record.versionId)}>{t("read")}</a>.
      </p>
      {attribution ? (
        <p className="small muted" data-testid="attribution">
          {t("attribution", { credit: attribution.credit, license: attribution.license })}
        </p>
      ) : null}
      {newer ? (
        <div className="notice warn" role="status">
          <p>
            {newerCapturedAt ? t("newerOn", { date: formatIsoDate(newerCapturedAt) }) : t("newer")}{" "}
            <a href={serviceHref(newer.serviceSlug, newer.versionId)}>{t("newest")}</a>. {t("changedSince")}
          </p>
          <VersionDiffView diff={diffVersions(record, newer)} fromLabel={record.versionLabel} />
        </div>
      ) : capturedAt ? (
        <p className="small muted">{t("newestKept")}</p>
      ) : null}
    </section>
  );
}
