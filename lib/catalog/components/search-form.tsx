import { useLocale, useTranslations } from "next-intl";
import { CATEGORIES, COUNTRIES } from "../schema";
import { countryName, type CatalogQuery } from "../query";
import { SearchBox } from "./search-box";

/** A GET form: it works without JavaScript; with it, results follow the typing. */
export function SearchForm({ action, query, id }: { action: string; query: CatalogQuery; id?: string }) {
  const t = useTranslations("services.catalog");
  const locale = useLocale();
  return (
    <form id={id} action={action} method="get" role="search" aria-label={t("search.label")} className="card stack">
      <SearchBox defaultValue={query.q} label={t("search.query")} hint={t("search.hint")} searching={t("search.searching")} />
      <div className="row">
        <div className="field">
          <label htmlFor="category">{t("search.category")}</label>
          <select id="category" name="category" defaultValue={query.category ?? ""}>
            <option value="">{t("search.anyCategory")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="country">{t("search.country")}</label>
          <select id="country" name="country" defaultValue={query.country ?? ""}>
            <option value="">{t("search.anyCountry")}</option>
            {COUNTRIES.filter((c) => c !== "all")
              .map((c) => ({ c, name: countryName(c, locale) }))
              .sort((a, b) => a.name.localeCompare(b.name, locale))
              .map(({ c, name }) => (
                <option key={c} value={c}>
                  {name}
                </option>
              ))}
          </select>
        </div>
      </div>
      <button type="submit">{t("search.submit")}</button>
    </form>
  );
}
