import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { catalogProvenance, catalogSize, searchCatalog } from "@/lib/catalog/companies";
import { DatasetCredit } from "@/lib/catalog/components/dataset-credit";
import { ResultSummary } from "@/lib/catalog/components/result-summary";
import { SearchForm } from "@/lib/catalog/components/search-form";
import { countryFromLanguages, parseCatalogQuery } from "@/lib/catalog/query";
import { latestVersion, listServices } from "@/lib/services/catalog";
import { serviceHref } from "@/lib/services/links";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CatalogQuery } from "@/lib/catalog/query";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "services.list" }))("meta") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request for a search. Without a query string, proxy.ts serves prerendered/services,
// which is this page without a search, built once per language.
export default async function ServicesPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams);
  const searched = query.q !== "" || query.category !== undefined || query.country !== undefined;
  if (!searched) return <ServicesView query={query} result={undefined} searched={false} />;
  const near = query.country ?? countryFromLanguages((await headers()).get("accept-language"));
  const result = searchCatalog(query.q, { category: query.category, country: query.country, near, limit: 30 });
  return <ServicesView query={query} result={result} searched />;
}

function ServicesView({ query, result, searched }: { query: CatalogQuery; result: ReturnType<typeof searchCatalog> | undefined; searched: boolean }) {
  const t = useTranslations("services.list");
  return (
    <div className="page stack">
      <h1>{t("heading")}</h1>
      <p className="narrow">{t("intro", { count: catalogSize() })}</p>
      <SearchForm action="/services" query={query} />
      <section aria-labelledby="results" aria-live="polite" className="stack">
        {searched && result ? (
          <>
            <h2 id="results">
              {result.total === 0
                ? t("nothing")
                : result.total > result.hits.length
                  ? t("foundFirst", { total: result.total, shown: result.hits.length })
                  : t("found", { total: result.total })}
            </h2>
            {result.total === 0 ? <p>{t.rich("noMatch", { link: (chunks) => <Link href="/services/custom/new">{chunks}</Link> })}</p> : null}
            <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
              {result.hits.map(({ item }) => (
                <li key={item.slug} className="card">
                  <a href={serviceHref(item.slug)}>
                    <strong>{item.name}</strong>
                  </a>
                  <br />
                  <ResultSummary entry={item} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <h2 id="results">{t("withRecord")}</h2>
            <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
              {listServices().map((service) => (
                <li key={service.slug} className="card stack">
                  <h3>
                    <a href={serviceHref(service.slug)}>{service.name}</a>
                  </h3>
                  <p className="small">{t("latest", { version: latestVersion(service).versionLabel, count: service.versions.length })}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>
        <Link href="/services/custom/new">{t("add")}</Link>
      </p>
      <DatasetCredit provenance={catalogProvenance()} />
    </div>
  );
}
