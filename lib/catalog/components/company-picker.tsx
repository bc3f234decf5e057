import { useTranslations } from "next-intl";
import { startCompanyDraftAction } from "../actions";
import type { CatalogEntry } from "../companies";
import type { SearchResult } from "../search";
import { ResultSummary } from "./result-summary";

/** Search results as a plain form: choose one, start the request. */
export function CompanyPicker({ result }: { result: SearchResult<CatalogEntry> }) {
  const t = useTranslations("services.catalog.picker");
  if (result.total === 0) return <p role="status">{t("nothing")}</p>;
  return (
    <form action={startCompanyDraftAction} className="stack" aria-label={t("label")}>
      <fieldset className="stack">
        <legend>
          {result.total > result.hits.length ? t("foundFirst", { total: result.total, shown: result.hits.length }) : t("found", { total: result.total })}
        </legend>
        {result.hits.map(({ item }, i) => (
          <label key={item.slug} className="card row" style={{ alignItems: "flex-start", flexWrap: "nowrap" }}>
            <input type="radio" name="service" value={item.slug} defaultChecked={i === 0} required />
            <span>
              <strong>{item.name}</strong>
              <br />
              <ResultSummary entry={item} />
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
