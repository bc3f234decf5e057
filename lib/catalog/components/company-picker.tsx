import { startCompanyDraftAction } from "../actions";
import type { CatalogEntry } from "../companies";
import type { SearchResult } from "../search";
import { ResultSummary } from "./result-summary";

/** Search results as a plain form: choose one, start the request. */
export function CompanyPicker({ result }: { result: SearchResult<CatalogEntry> }) {
  if (result.total === 0) return <p role="status">Nothing found. Check the spelling, or try the brand or the website.</p>;
  return (
    <form action={startCompanyDraftAction} className="stack" aria-label="Search results">
      <fieldset className="stack">
        <legend>{result.total > result.hits.length ? `${result.total} found, the first ${result.hits.length}` : `${result.total} found`}</legend>
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
      <button type="submit">Write to the chosen company</button>
    </form>
  );
}
