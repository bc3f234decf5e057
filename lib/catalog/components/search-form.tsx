import { CATEGORIES, COUNTRIES } from "../schema";
import { CATEGORY_LABELS, countryName, type CatalogQuery } from "../query";
import { SearchBox } from "./search-box";

/** A GET form: it works without JavaScript; with it, results follow the typing. */
export function SearchForm({ action, query, id }: { action: string; query: CatalogQuery; id?: string }) {
  return (
    <form id={id} action={action} method="get" role="search" aria-label="Companies" className="card stack">
      <SearchBox defaultValue={query.q} label="Company, brand or website" hint='For example "SCHUFA", "Netflix" or "spotify.com". Typos are fine.' />
      <div className="row">
        <div className="field">
          <label htmlFor="category">Category</label>
          <select id="category" name="category" defaultValue={query.category ?? ""}>
            <option value="">Any</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="country">Relevant in</label>
          <select id="country" name="country" defaultValue={query.country ?? ""}>
            <option value="">Any country</option>
            {COUNTRIES.filter((c) => c !== "all")
              .map((c) => ({ c, name: countryName(c) }))
              .sort((a, b) => a.name.localeCompare(b.name))
              .map(({ c, name }) => (
                <option key={c} value={c}>
                  {name}
                </option>
              ))}
          </select>
        </div>
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
