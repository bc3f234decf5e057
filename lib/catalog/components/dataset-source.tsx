import { useTranslations } from "next-intl";
import { useDayFormat } from "@/lib/i18n/use-day-format";
import { QUALITY_TONES } from "../labels";
import type { CatalogCompany, Provenance } from "../schema";

/** Where a contact fact comes from: the dataset record, its quality, its sources, and when. */
export function DatasetSource({ company, provenance }: { company: CatalogCompany; provenance: Provenance }) {
  const t = useTranslations("services.catalog");
  const format = useDayFormat();
  return (
    <div className="small muted stack" id="source" style={{ overflowWrap: "anywhere" }}>
      <p>
        {t.rich("source.text", {
          slug: company.slug,
          quality: t(`quality.${company.quality}.label`),
          meaning: t(`quality.${company.quality}.meaning`),
          date: format.long(provenance.date),
          record: (chunks) => <a href={`https://github.com/datenanfragen/data/blob/${provenance.commit}/companies/${company.slug}.json`}>{chunks}</a>,
          badge: (chunks) => <span className={`badge ${QUALITY_TONES[company.quality]}`}>{chunks}</span>,
        })}
      </p>
      <details>
        <summary>{t("source.checked", { count: company.sources.length })}</summary>
        <ul>
          {company.sources.map((s) => (
            <li key={s}>
              <a href={s} rel="noopener noreferrer nofollow">
                {s}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
