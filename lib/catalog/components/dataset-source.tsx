import { QUALITY_LABELS } from "../labels";
import type { CatalogCompany, Provenance } from "../schema";
import { formatLongDate } from "@/lib/law/labels";

/** Where a contact fact comes from: the dataset record, its quality, its sources, and when. */
export function DatasetSource({ company, provenance }: { company: CatalogCompany; provenance: Provenance }) {
  const quality = QUALITY_LABELS[company.quality];
  return (
    <div className="small muted stack" id="source" style={{ overflowWrap: "anywhere" }}>
      <p>
        Source: the{" "}
        <a href={`https://github.com/datenanfragen/data/blob/${provenance.commit}/companies/${company.slug}.json`}>
          Datenanfragen.de record &ldquo;{company.slug}&rdquo;
        </a>
        , quality <span className={`badge ${quality.tone}`}>{quality.label}</span> ({quality.meaning}), as of {formatLongDate(provenance.date)} (CC0 1.0).
      </p>
      <details>
        <summary>Where the record&apos;s authors checked it ({company.sources.length})</summary>
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
