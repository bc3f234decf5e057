import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { catalogProvenance, findCompany, searchCatalog } from "@/lib/catalog/companies";
import { BulkForm } from "@/lib/catalog/components/bulk-form";
import { DatasetCredit } from "@/lib/catalog/components/dataset-credit";
import { SearchForm } from "@/lib/catalog/components/search-form";
import { MAX_BULK } from "@/lib/catalog/bulk-schema";
import { extraElements } from "@/lib/catalog/company-record";
import { COUNTRY_OPTIONS, SUBDIVISIONS } from "@/lib/law/places";
import { parseCatalogQuery } from "@/lib/catalog/query";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "wizard.bulk" }))("meta") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BROKER_CATEGORIES = ["addresses", "ads", "credit agency"];

export default async function BulkPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireUser("/requests/bulk");
  const query = parseCatalogQuery(params);
  const kept = (Array.isArray(params.pick) ? params.pick : params.pick ? [params.pick] : []).slice(0, MAX_BULK).filter((s) => findCompany(s)?.contact);
  const searched =
    query.q || query.category
      ? searchCatalog(query.q, { category: query.category, country: query.country, near: query.country, limit: MAX_BULK }).hits.map((h) => h.item)
      : [];
  const entries = [...new Map([...kept.map((s) => findCompany(s)!), ...searched].filter((e) => e.contact).map((e) => [e.slug, e])).values()].slice(0, MAX_BULK);
  // A whole category ("all credit agencies relevant in Germany") comes checked; single search hits do not.
  const t = await getTranslations("wizard.bulk");
  const checked = query.category && !query.q ? entries.map((e) => e.slug) : kept;
  return (
    <div className="page narrow stack">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <SearchForm action="/requests/bulk" query={query} id="bulk-search" />
      {entries.length > 0 ? (
        <BulkForm
          companies={entries.map((e) => ({
            slug: e.slug,
            name: e.name,
            broker: e.categories.some((c) => BROKER_CATEGORIES.includes(c)),
            asks: e.contact
              ? extraElements(e.contact)
                  .filter((x) => !x.optional)
                  .map((x) => x.desc)
              : [],
            idDocument: e.contact?.needsIdDocument === true,
          }))}
          checked={checked}
          countries={COUNTRY_OPTIONS}
          states={SUBDIVISIONS.US ?? []}
        />
      ) : (
        <p className="muted">{t("empty")}</p>
      )}
      <DatasetCredit provenance={catalogProvenance()} />
    </div>
  );
}
