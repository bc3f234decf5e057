import { useLocale, useTranslations } from "next-intl";
import { isEstimateRule } from "../labels";
import { useDeadlineSummary } from "./use-deadline-summary";
import type { Regime } from "../types";
import { LawText } from "./law-text";

/** 'NL' → Netherlands; 'US-CA' stays a code, which readers of a US law recognise. */
function placeName(code: string, regionNames: Intl.DisplayNames): string {
  return code.includes("-") ? code : (regionNames.of(code) ?? code);
}

export function RegimeSection({ regime, level = 3 }: { regime: Regime; level?: 2 | 3 }) {
  const t = useTranslations("deadlines.regime");
  const rightName = useTranslations("rights");
  const summarize = useDeadlineSummary();
  // Country names in the page's language.
  const regionNames = new Intl.DisplayNames([useLocale()], { type: "region" });
  const estimate = useTranslations("deadlines.result")("estimate");
  const appliesTo =
    regime.id === "eu-gdpr" ? t("euArea", { count: regime.appliesTo.length }) : regime.appliesTo.map((code) => placeName(code, regionNames)).join(", ");
  const headingId = `regime-${regime.id}`;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <Heading id={headingId}>{regime.shortLabel}</Heading>
      <p className="small muted">
        <LawText>{regime.name}</LawText>. {regime.appliesTo.length > 0 ? <>{t("for", { places: appliesTo })} </> : null}
        {regime.effective ? <>{t("since", { date: regime.effective })} </> : null}
        {regime.inForceFrom ? <>{t("later", { date: regime.inForceFrom })} </> : null}
        {t("zone", { zone: regime.defaultTimeZone, region: regime.counting.holidays.region })}
      </p>
      <p className="small">
        <strong>{t("dayOff")}</strong> <LawText>{regime.counting.nonWorkingEnd.rule}</LawText> ({regime.counting.nonWorkingEnd.citation})
        {regime.counting.nonWorkingEnd.estimate ? (
          <>
            {" "}
            <span className="badge warn">{estimate}</span>
          </>
        ) : null}
        . <strong>{t("holidays")}</strong> <LawText>{regime.counting.holidays.rule}</LawText> ({regime.counting.holidays.citation})
        {regime.counting.holidays.estimate ? (
          <>
            {" "}
            <span className="badge warn">{estimate}</span>
          </>
        ) : null}
        .
      </p>
      <div className="table-wrap">
        <table>
          <caption className="small muted">{t("caption", { law: regime.shortLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("right")}</th>
              <th scope="col">{t("grantedBy")}</th>
              <th scope="col">{t("deadline")}</th>
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {regime.rights.map((grant) => (
              <tr key={grant.right}>
                <th scope="row">
                  {rightName(grant.right)}
                  <br />
                  <span className="small muted">
                    <LawText>{grant.title}</LawText>
                  </span>
                </th>
                <td>{grant.article}</td>
                <td>
                  {summarize(grant.deadline, regime)}
                  {grant.inForceFrom ? <span className="small"> {t("from", { date: grant.inForceFrom })}</span> : null}
                  {isEstimateRule(grant.deadline) ? (
                    <>
                      {" "}
                      <span className="badge warn">{estimate}</span>
                    </>
                  ) : null}
                  <p className="small muted">
                    <LawText>{grant.deadline.respond.rule}</LawText>.
                  </p>
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
        <strong>{t("complain")}</strong> <LawText>{regime.complaint.rule}</LawText> ({regime.complaint.citation}).{" "}
        {regime.complaint.firstToController ? (
          <>
            {t("first")} <LawText>{regime.complaint.firstToController.rule}</LawText> ({regime.complaint.firstToController.citation}).{" "}
          </>
        ) : null}
        {regime.id === "eu-gdpr" ? <a href="#eu-authorities">{t("seeAuthorities")}</a> : null}
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
        {t("sources")}{" "}
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
