import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { catalogProvenance, findCompany } from "@/lib/catalog/companies";
import { CorrectionForm } from "@/lib/catalog/components/correction-form";
import { DatasetSource } from "@/lib/catalog/components/dataset-source";
import { loadCorrection } from "@/lib/catalog/data";
import { ClientMessages } from "@/lib/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "services.correct" }))("meta") };
}

export default async function CorrectPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const company = findCompany(slug)?.contact;
  if (!company) notFound();
  const user = await requireUser(`/services/${encodeURIComponent(slug)}/correct`);
  const correction = await loadCorrection(user.id, slug);
  const t = await getTranslations("services.correct");
  return (
    <div className="page narrow stack">
      <p className="small">
        <Link href={`/services/${encodeURIComponent(slug)}`}>← {company.name}</Link>
      </p>
      <h1>{t("heading", { company: company.name })}</h1>
      <p>{t("intro", { company: company.name })}</p>
      <div className="card stack">
        <p>
          <strong>{t("dataset")}</strong>
        </p>
        <p style={{ whiteSpace: "pre-line" }}>{company.address}</p>
        <p>{company.email ?? t("noEmail")}</p>
        <DatasetSource company={company} provenance={catalogProvenance()} />
      </div>
      <ClientMessages scope="forms">
        <CorrectionForm
          slug={slug}
          companyName={company.name}
          initial={{ address: correction?.address ?? "", email: correction?.email ?? "", note: correction?.note ?? "" }}
          hasCorrection={correction !== null}
        />
      </ClientMessages>
      <p className="small">
        <a href="/account/corrections.json" download>
          {t("export")}
        </a>
      </p>
    </div>
  );
}
