import { useLocale, useTranslations } from "next-intl";
import { EEA_AUTHORITIES } from "../regimes";
import { LawText } from "./law-text";

export function EuAuthoritiesTable() {
  const t = useTranslations("deadlines.eu");
  const countryNames = new Intl.DisplayNames([useLocale()], { type: "region" });
  return (
    <div className="table-wrap">
      <table id="eu-authorities">
        <caption className="small muted">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("country")}</th>
            <th scope="col">{t("authority")}</th>
          </tr>
        </thead>
        <tbody>
          {EEA_AUTHORITIES.map((authority) => (
            <tr key={authority.location}>
              <th scope="row">{countryNames.of(authority.location) ?? authority.location}</th>
              <td>
                <a href={authority.url}>{authority.name}</a>
                {authority.note ? (
                  <p className="small muted">
                    <LawText>{authority.note}</LawText>
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
