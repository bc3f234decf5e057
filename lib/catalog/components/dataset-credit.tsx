import { useTranslations } from "next-intl";
import type { Provenance } from "../schema";

export function DatasetCredit({ provenance }: { provenance: Provenance }) {
  const t = useTranslations("services.catalog");
  return (
    <p className="small muted">
      {t.rich("credit", {
        commit: provenance.commit.slice(0, 8),
        date: provenance.date,
        site: (chunks) => <a href="https://www.datenanfragen.de">{chunks}</a>,
        dataset: (chunks) => <a href={provenance.url}>{chunks}</a>,
      })}
    </p>
  );
}
