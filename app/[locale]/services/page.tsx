import type { Metadata } from "next";
import { headers } from "next/headers";
import { catalogProvenance, catalogSize, searchCatalog } from "@/lib/catalog/companies";
import { DatasetCredit } from "@/lib/catalog/components/dataset-credit";
import { ResultSummary } from "@/lib/catalog/components/result-summary";
import { SearchForm } from "@/lib/catalog/components/search-form";
import { countryFromLanguages, parseCatalogQuery } from "@/lib/catalog/query";
import { latestVersion, listServices } from "@/lib/services/catalog";
import { serviceHref } from "@/lib/services/links";
import Link from "next/link";

export const metadata: Metadata = { title: "Companies and their privacy contacts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServicesPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams);
  const near = query.country ?? countryFromLanguages((await headers()).get("accept-language"));
  const result = searchCatalog(query.q, { category: query.category, country: query.country, near, limit: 30 });
  const searched = query.q !== "" || query.category !== undefined || query.country !== undefined;
  return (
    <div className="page stack">
      <h1>Companies</h1>
      <p className="narrow">
        {catalogSize().toLocaleString("en")} companies and where to send a privacy request to each. For some we also keep a record of the privacy policy, every
        fact linked to the policy&apos;s exact words.
      </p>
      <SearchForm action="/services" query={query} />
      <section aria-labelledby="results" aria-live="polite" className="stack">
        {searched ? (
          <>
            <h2 id="results">
              {result.total === 0
                ? "Nothing found"
                : `${result.total.toLocaleString("en")} found${result.total > result.hits.length ? `, the first ${result.hits.length}` : ""}`}
            </h2>
            {result.total === 0 ? (
              <p>
                No company matches. Check the spelling, try the brand or the website, or <Link href="/services/custom/new">add it from its privacy policy</Link>
                .
              </p>
            ) : null}
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
            <h2 id="results">With a policy record</h2>
            <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
              {listServices().map((service) => (
                <li key={service.slug} className="card stack">
                  <h3>
                    <a href={serviceHref(service.slug)}>{service.name}</a>
                  </h3>
                  <p className="small">
                    Latest: {latestVersion(service).versionLabel}. {service.versions.length} version{service.versions.length === 1 ? "" : "s"} kept.
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>
        <Link href="/services/custom/new">Add a service from its privacy policy</Link>
      </p>
      <DatasetCredit provenance={catalogProvenance()} />
    </div>
  );
}
