import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { catalogProvenance, findCompany, searchCatalog } from "@/lib/catalog/companies";
import { CompanyPicker } from "@/lib/catalog/components/company-picker";
import { DatasetCredit } from "@/lib/catalog/components/dataset-credit";
import { SearchForm } from "@/lib/catalog/components/search-form";
import { countryFromLanguages, parseCatalogQuery } from "@/lib/catalog/query";
import { DraftList } from "@/lib/requests/components/draft-list";
import { ServiceForm, type ServiceChoice } from "@/lib/requests/components/service-form";
import { loadDraftSummaries } from "@/lib/requests/data";
import { latestVersion, listServices } from "@/lib/services/catalog";
import { loadCustomServices } from "@/lib/services/custom/data";

export const metadata: Metadata = { title: "Start a request" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewRequestPage({ searchParams }: Props) {
  const params = await searchParams;
  const asked = typeof params.service === "string" ? params.service : "";
  const query = parseCatalogQuery(params);
  const here = new URLSearchParams(Object.entries({ service: asked, q: query.q, category: query.category ?? "", country: query.country ?? "" }).filter(([, v]) => v));
  const user = await requireUser(here.size > 0 ? `/requests/new?${here}` : "/requests/new");
  const [drafts, customServices] = await Promise.all([loadDraftSummaries(user.id), loadCustomServices(user.id)]);
  const catalog: ServiceChoice[] = listServices().map((s) => ({
    value: s.slug,
    name: s.name,
    description: `Privacy policy: ${latestVersion(s).versionLabel}`,
  }));
  const company = asked && !catalog.some((c) => c.value === asked) ? findCompany(asked) : undefined;
  if (company?.contact) catalog.unshift({ value: company.slug, name: company.name, description: "Contact details from Datenanfragen.de" });
  const custom: ServiceChoice[] = customServices.map((c) => ({
    value: `custom:${c.id}`,
    name: c.name,
    description: c.sourceName ? `From ${c.sourceName}` : "Added from a privacy policy you pasted",
  }));
  const preselected = [...catalog, ...custom].some((choice) => choice.value === asked) ? asked : "";
  const searched = query.q !== "" || query.category !== undefined || query.country !== undefined;
  const near = query.country ?? countryFromLanguages((await headers()).get("accept-language"));
  return (
    <div className="page narrow stack">
      <h1>Start a request</h1>
      <p>
        Choose the company to write to. RightsDesk then asks what you want, where you live and how the company can
        find your account, and writes a letter that cites the law and, where we keep it, the company&apos;s own privacy policy.
      </p>
      {params.problem ? <p className="notice bad" role="alert">That company could not be chosen. Search again.</p> : null}
      <DraftList drafts={drafts} />
      <SearchForm action="/requests/new" query={query} />
      {searched ? <CompanyPicker result={searchCatalog(query.q, { category: query.category, country: query.country, near })} /> : null}
      <ServiceForm catalog={catalog} custom={custom} preselected={preselected} />
      <p className="small">
        Already sent a request you wrote yourself? Start it here all the same: at the last step, give the day you sent
        it and paste your letter, and RightsDesk tracks its deadline from that day.
      </p>
      <p className="small">
        Not in the list? <a href="/services/custom/new">Add a service from its privacy policy</a>. Writing to several
        companies, such as every credit agency? <a href="/requests/bulk">Write to several at once</a>.
      </p>
      <DatasetCredit provenance={catalogProvenance()} />
    </div>
  );
}
