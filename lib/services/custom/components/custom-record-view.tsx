import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { useServiceLabels } from "../../components/use-service-labels";
import type { ServiceRecord } from "../../types";
import { CitedLink } from "./cited-link";
import { ChannelList, LawsList, PageList, RightsList, TimelineList } from "./custom-facts";

// The catalogue's RecordView links into the curated documents; a custom record's citations point
// into the text its owner saved, so they link to this service's own page instead.
export function CustomRecordView({ serviceId, record }: { serviceId: string; record: ServiceRecord }) {
  const t = useTranslations("services");
  const tc = useTranslations("services.customRecord");
  const labels = useServiceLabels();
  const format = useDayFormat();
  const { howToAsk } = record;
  const asked =
    howToAsk.subjectLine ||
    howToAsk.fromAccountEmail ||
    howToAsk.include.length > 0 ||
    howToAsk.instructions.length > 0 ||
    record.identityVerification.length > 0;
  return (
    <div className="stack">
      <p>
        {record.effectiveDate ? (
          <>
            {t(record.effectiveDate.kind === "effective" ? "record.effective" : "record.updated", { date: format.long(record.effectiveDate.date) })}{" "}
            <CitedLink serviceId={serviceId} citation={record.effectiveDate.citation} />
          </>
        ) : (
          tc("noDate")
        )}
      </p>
      <section aria-labelledby="laws" className="stack">
        <h2 id="laws">{t("record.laws")}</h2>
        <LawsList serviceId={serviceId} items={record.applicability} />
      </section>
      <section aria-labelledby="rights" className="stack">
        <h2 id="rights">{t("record.rights")}</h2>
        <RightsList serviceId={serviceId} items={record.rights} />
        {record.otherRights.length > 0 ? (
          <ul className="stack">
            {record.otherRights.map((o) => (
              <li key={`${o.label}-${o.citation.start}`}>
                <strong>{o.label}</strong> <CitedLink serviceId={serviceId} citation={o.citation} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="write" className="stack">
        <h2 id="write">{t("record.write")}</h2>
        <ChannelList serviceId={serviceId} items={record.channels} />
      </section>
      <section aria-labelledby="self" className="stack">
        <h2 id="self">{tc("self")}</h2>
        <PageList serviceId={serviceId} items={[...record.selfService, ...record.settings]} />
      </section>
      <section aria-labelledby="time" className="stack">
        <h2 id="time">{t("record.time")}</h2>
        <TimelineList serviceId={serviceId} items={record.timelines} />
      </section>
      <section aria-labelledby="ask" className="stack">
        <h2 id="ask">{t("record.ask")}</h2>
        {asked ? (
          <ul className="stack">
            {howToAsk.subjectLine ? (
              <li>
                {t("howToAsk.subject")} <strong>{howToAsk.subjectLine.value}</strong>{" "}
                <CitedLink serviceId={serviceId} citation={howToAsk.subjectLine.citation} />
              </li>
            ) : null}
            {howToAsk.fromAccountEmail ? (
              <li>
                {t("howToAsk.fromAccount")} <CitedLink serviceId={serviceId} citation={howToAsk.fromAccountEmail} />
              </li>
            ) : null}
            {howToAsk.include.map((inc) => (
              <li key={inc.item}>
                {tc("include", { item: labels.identity(inc.item) })} <CitedLink serviceId={serviceId} citation={inc.citation} />
              </li>
            ))}
            {[...howToAsk.instructions, ...record.identityVerification].map((i) => (
              <li key={`${i.summary}-${i.citation.start}`}>
                {i.summary} <CitedLink serviceId={serviceId} citation={i.citation} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{tc("noAsk")}</p>
        )}
      </section>
      {record.supervisoryAuthorities.length > 0 ? (
        <section aria-labelledby="authorities" className="stack">
          <h2 id="authorities">{tc("complain")}</h2>
          <ul className="stack">
            {record.supervisoryAuthorities.map((a) => (
              <li key={`${a.name}-${a.citation.start}`}>
                <strong>{a.namedInPolicy ? a.name : tc("authority")}</strong> <CitedLink serviceId={serviceId} citation={a.citation} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="retention" className="stack">
        <h2 id="retention">{t("record.retention")}</h2>
        {record.retention.length === 0 ? (
          <p className="muted">{tc("noRetention")}</p>
        ) : (
          <ul className="stack">
            {record.retention.map((r) => (
              <li key={r.citation.start}>
                {r.days !== undefined ? tc("days", { count: r.days }) : r.months !== undefined ? tc("months", { count: r.months }) : tc("period")}:{" "}
                <CitedLink serviceId={serviceId} citation={r.citation} max={160} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ul className="small muted">
        {record.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
