import type { CatalogEntry } from "../companies";
import { CATEGORY_LABELS, countryName } from "../query";

/** One line under a result's name: brands, where it is relevant, what it is. */
export function ResultSummary({ entry }: { entry: CatalogEntry }) {
  const runs = entry.runs.slice(0, 3).join(", ") + (entry.runs.length > 3 ? ` and ${entry.runs.length - 3} more` : "");
  const countries = entry.countries.slice(0, 4).map(countryName).join(", ");
  return (
    <span className="small muted">
      {runs ? `Runs ${runs}. ` : ""}
      {entry.categories.map((c) => CATEGORY_LABELS[c]).join(", ")}
      {entry.categories.length > 0 ? " · " : ""}
      {entry.countries.includes("all") ? "all countries" : countries}
      {entry.hasPolicy ? " · policy record" : ""}
    </span>
  );
}
