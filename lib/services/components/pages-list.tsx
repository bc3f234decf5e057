import { useTranslations } from "next-intl";
import { useServiceLabels } from "./use-service-labels";
import type { ServicePage } from "../types";
import { CitedQuote } from "./cited-quote";

// Only http(s) addresses become links: a policy's text must never smuggle in a javascript: URL.
function ExternalUrl({ url }: { url: string }) {
  if (!/^https?:\/\//i.test(url)) return <span className="mono small"> {url}</span>;
  return (
    <>
      {" "}
      <a href={url} rel="noopener noreferrer nofollow" className="mono small">
        {url}
      </a>
    </>
  );
}

export function PagesList({ pages, empty }: { pages: ServicePage[]; empty: string }) {
  const t = useTranslations("services.pages");
  const labels = useServiceLabels();
  if (pages.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="stack">
      {pages.map((p) => (
        <li key={`${p.label}-${p.citation.start}`}>
          <strong>{p.label}</strong>
          {p.url ? <ExternalUrl url={p.url} /> : <span className="muted small"> {t("noAddress")}</span>}
          {p.rights.length > 0 ? (
            <span className="muted small"> {t("for", { rights: p.rights.map((r) => labels.right(r).toLowerCase()).join(", ") })}</span>
          ) : null}
          <div>
            <CitedQuote citation={p.citation} />
          </div>
          {p.note ? <div className="small muted">{p.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}
