import { useTranslations } from "next-intl";
import type { DeadlineResult } from "../deadlines";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import type { Regime, RightGrant } from "../types";
import { DeadlineSteps } from "./deadline-steps";
import { LawText } from "./law-text";

interface Props {
  result: DeadlineResult;
  regime: Regime;
  grant: RightGrant;
}

function DateRow({ label, date, note }: { label: string; date: string | undefined; note?: string }) {
  const format = useDayFormat();
  if (!date) return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <time dateTime={date}>{format.full(date)}</time>
        {note ? <span className="small muted"> — {note}</span> : null}
      </td>
    </tr>
  );
}

export function DeadlineResultView({ result, regime, grant }: Props) {
  const t = useTranslations("deadlines.result");
  const rightName = useTranslations("rights");
  const format = useDayFormat();
  const extended = result.extendedRespondBy !== undefined && result.respondBy === result.extendedRespondBy && result.respondBy !== result.originalRespondBy;
  return (
    <section className="card stack" aria-labelledby="result-heading">
      <h2 id="result-heading">{t("heading", { right: rightName(grant.right), law: regime.shortLabel })}</h2>
      {result.estimate ? (
        <p className="notice warn">
          <span className="badge warn">{t("estimate")}</span> {t("estimateNote")}
        </p>
      ) : null}
      <div className="table-wrap">
        <table>
          <caption className="small muted">{t("grantedBy", { article: grant.article })}</caption>
          <tbody>
            <DateRow label={t("acknowledgeBy")} date={result.acknowledgeBy} />
            <DateRow label={t("respondBy")} date={result.respondBy} note={extended ? t("extended") : undefined} />
            <DateRow label={t("original")} date={result.originalRespondBy} />
            <DateRow label={t("extendedBy")} date={result.extendedRespondBy} />
            {(result.paused ?? []).map((pause) => (
              <tr key={pause.from}>
                <th scope="row">{t("paused")}</th>
                <td>
                  {t("from")} <time dateTime={pause.from}>{format.full(pause.from)}</time>{" "}
                  {pause.to ? (
                    <>
                      {t("to")} <time dateTime={pause.to}>{format.full(pause.to)}</time>
                    </>
                  ) : (
                    t("stillWaiting")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small">
        {t("endsAt", { timeZone: result.timeZone })}{" "}
        <time dateTime={result.respondByEndsAt}>{result.respondByEndsAt.replace("T", " ").replace(".999Z", " UTC")}</time>.{" "}
        {t("holidays", { region: result.holidayRegion })}
      </p>
      <h3>{t("how")}</h3>
      <DeadlineSteps steps={result.steps} />
      <h3>{t("noAnswer")}</h3>
      <p>
        <LawText>{regime.complaint.rule}</LawText> ({regime.complaint.citation}).
      </p>
      {regime.id === "eu-gdpr" ? (
        <p>
          <a href="#eu-authorities">{t("euAuthorities")}</a>
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
