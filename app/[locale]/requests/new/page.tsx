import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("wizard.start"))("meta") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewRequestPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations("wizard.start");
  const asked = typeof params.service === "string" ? params.service : "";
  const query = parseCatalogQuery(params);
  const here = new URLSearchParams(
    Object.entries({ service: asked, q: query.q, category: query.category ?? "", country: query.country ?? "" }).filter(([, v]) => v),
  );
  const user = await requireUser(here.size > 0 ? `/requests/new?${here}` : "/requests/new");
  const [drafts, customServices] = await Promise.all([loadDraftSummaries(user.id), loadCustomServices(user.id)]);
  const catalog: ServiceChoice[] = listServices().map((s) => ({
    value: s.slug,
    name: s.name,
    description: t("policyVersion", { version: latestVersion(s).versionLabel }),
  }));
  const company = asked && !catalog.some((c) => c.value === asked) ? findCompany(asked) : undefined;
  if (company?.contact) catalog.unshift({ value: company.slug, name: company.name, description: t("fromDataset") });
  const custom: ServiceChoice[] = customServices.map((c) => ({
    value: `custom:${c.id}`,
    name: c.name,
    description: c.sourceName ? t("fromSource", { source: c.sourceName }) : t("pasted"),
  }));
  const preselected = [...catalog, ...custom].some((choice) => choice.value === asked) ? asked : "";
  const searched = query.q !== "" || query.category !== undefined || query.country !== undefined;
  const near = query.country ?? countryFromLanguages((await headers()).get("accept-language"));
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {params.problem ? (
        <p className="notice bad" role="alert">
          {t("problem")}
        </p>
      ) : null}
      <DraftList drafts={drafts} />
      <SearchForm action="/requests/new" query={query} />
      {searched ? <CompanyPicker result={searchCatalog(query.q, { category: query.category, country: query.country, near })} /> : null}
      <ServiceForm catalog={catalog} custom={custom} preselected={preselected} />
      <p className="small">{t("own")}</p>
      <p className="small">
        {t.rich("more", {
          custom: (chunks) => <Link href="/services/custom/new">{chunks}</Link>,
          bulk: (chunks) => <Link href="/requests/bulk">{chunks}</Link>,
        })}
      </p>
      <DatasetCredit provenance={catalogProvenance()} />
    </div>
  );
}
