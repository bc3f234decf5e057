import { useLocale, useTranslations } from "next-intl";
import type { CatalogEntry } from "../companies";
import { countryName } from "../query";

/** One line under a result's name: brands, where it is relevant, what it is. */
export function ResultSummary({ entry }: { entry: CatalogEntry }) {
  const t = useTranslations("services.catalog");
  const locale = useLocale();
  const shown = entry.runs.slice(0, 3).join(", ");
  const runs = entry.runs.length > 3 ? t("summary.more", { brands: shown, count: entry.runs.length - 3 }) : shown;
  const countries = entry.countries
    .slice(0, 4)
    .map((c) => countryName(c, locale))
    .join(", ");
  return (
    <span className="small muted">
      {runs ? t("summary.runs", { brands: runs }) : ""}
      {entry.categories.map((c) => t(`categories.${c}`)).join(", ")}
      {entry.categories.length > 0 ? " · " : ""}
      {entry.countries.includes("all") ? t("summary.everywhere") : countries}
      {entry.hasPolicy ? t("summary.policy") : ""}
    </span>
  );
}
