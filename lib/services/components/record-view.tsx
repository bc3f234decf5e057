import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
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
  const t = useTranslations("services.record");
  const format = useDayFormat();
  return (
    <div className="stack">
      <p>
        {record.effectiveDate ? (
          <>
            {t(record.effectiveDate.kind === "effective" ? "effective" : "updated", { date: format.long(record.effectiveDate.date) })}{" "}
            <CitedQuote citation={record.effectiveDate.citation} />
          </>
        ) : (
          t("noDate")
        )}{" "}
        <a href={policyHref(record.serviceSlug, record.versionId)}>{t("readFull")}</a>.
      </p>
      <section aria-labelledby="laws">
        <h2 id="laws">{t("laws")}</h2>
        <ApplicabilityNotices items={record.applicability} />
      </section>
      <section aria-labelledby="rights">
        <h2 id="rights">{t("rights")}</h2>
        <RightsTable rights={record.rights} otherRights={record.otherRights} />
      </section>
      <section aria-labelledby="write">
        <h2 id="write">{t("write")}</h2>
        {record.legalEntity ? (
          <p>
            {t("entity")} <strong>{record.legalEntity.name ?? t("entityUnnamed")}</strong>
            {record.legalEntity.url ? <span className="mono small"> ({record.legalEntity.url})</span> : null}{" "}
            <CitedQuote citation={record.legalEntity.citation} />
            {record.legalEntity.note ? <span className="small muted"> {record.legalEntity.note}</span> : null}
          </p>
        ) : (
          <p className="muted">{t("noEntity")}</p>
        )}
        <ChannelsList channels={record.channels} />
      </section>
      <section aria-labelledby="self">
        <h2 id="self">{t("self")}</h2>
        <PagesList pages={record.selfService} empty={t("noSelf")} />
        <h3>{t("settings")}</h3>
        <PagesList pages={record.settings} empty={t("noSettings")} />
      </section>
      <section aria-labelledby="time">
        <h2 id="time">{t("time")}</h2>
        <TimelinesList timelines={record.timelines} />
      </section>
      <section aria-labelledby="ask">
        <h2 id="ask">{t("ask")}</h2>
        <HowToAsk record={record} />
      </section>
      <section aria-labelledby="complain">
        <h2 id="complain">{t("complain")}</h2>
        <AuthoritiesList authorities={record.supervisoryAuthorities} />
      </section>
      <section aria-labelledby="retention">
        <h2 id="retention">{t("retention")}</h2>
        <CitedStatements items={record.retention} empty={t("noRetention")} />
      </section>
      {record.notes.length > 0 ? (
        <section aria-labelledby="capture">
          <h2 id="capture">{t("capture")}</h2>
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
