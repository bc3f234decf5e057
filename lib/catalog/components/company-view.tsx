import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CatalogEntry } from "../companies";
import { languageName } from "../labels";
import { countryName } from "../query";
import type { CatalogCompany, Provenance } from "../schema";
import { DatasetCredit } from "./dataset-credit";
import { DatasetSource } from "./dataset-source";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>
        <strong>{label}</strong>
      </dt>
      <dd style={{ margin: "0 0 10px" }}>{children}</dd>
    </>
  );
}

/** The contact facts of a company, every one from the dataset record named below them. */
export function ContactFacts({ company, provenance }: { company: CatalogCompany; provenance: Provenance }) {
  const t = useTranslations("services.catalog");
  const locale = useLocale();
  return (
    <section aria-labelledby="contact" className="card stack">
      <h2 id="contact">{t("company.contact")}</h2>
      <dl style={{ overflowWrap: "anywhere" }}>
        <Fact label={t("company.legalName")}>{company.name}</Fact>
        {company.runs.length > 0 ? <Fact label={t("company.brands")}>{company.runs.join(", ")}</Fact> : null}
        <Fact label={t("company.address")}>
          <span style={{ whiteSpace: "pre-line" }}>{company.address}</span>
        </Fact>
        {company.email ? (
          <Fact label={t("company.email")}>
            <a href={`mailto:${company.email}`}>{company.email}</a>
          </Fact>
        ) : null}
        {company.webform ? (
          <Fact label={t("company.webform")}>
            <a href={company.webform} rel="noopener noreferrer nofollow">
              {company.webform}
            </a>
          </Fact>
        ) : null}
        {company.phone ? <Fact label={t("company.phone")}>{company.phone}</Fact> : null}
        {company.fax ? <Fact label={t("company.fax")}>{company.fax}</Fact> : null}
        {company.web ? (
          <Fact label={t("company.web")}>
            <a href={company.web} rel="noopener noreferrer nofollow">
              {company.web}
            </a>
          </Fact>
        ) : null}
        <Fact label={t("company.transport")}>{t(`transport.${company.transport}`)}</Fact>
        {company.requestLanguage ? <Fact label={t("company.language")}>{languageName(company.requestLanguage, locale)}</Fact> : null}
        <Fact label={t("company.countries")}>{company.countries.map((c) => countryName(c, locale, t("everywhere"))).join(", ")}</Fact>
        {company.categories.length > 0 ? <Fact label={t("company.categories")}>{company.categories.map((c) => t(`categories.${c}`)).join(", ")}</Fact> : null}
        <Fact label={t("company.needs")}>
          {company.requiredElements.length > 0 ? (
            <ul>
              {company.requiredElements.map((e) => (
                <li key={e.desc}>
                  {e.desc} ({t(`elements.${e.type}`)}
                  {e.optional ? t("company.optional") : ""})
                </li>
              ))}
            </ul>
          ) : (
            t("company.needsNothing")
          )}
        </Fact>
        <Fact label={t("company.idDocument")}>{t(company.needsIdDocument ? "company.idDemanded" : "company.idNotDemanded")}</Fact>
      </dl>
      {company.needsIdDocument ? (
        <div className="notice warn stack">
          <p>
            <strong>{t("idDocument.heading")}</strong>
          </p>
          <p>{t("idDocument.law")}</p>
          <p>{t("idDocument.redact", { company: t("idDocument.company") })}</p>
        </div>
      ) : null}
      {company.comments.length > 0 ? (
        <div>
          <p>
            <strong>{t("company.notes")}</strong>
          </p>
          <ul>
            {company.comments.map((c) => (
              <li key={c} lang={company.requestLanguage ?? undefined}>
                {c}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <DatasetSource company={company} provenance={provenance} />
      <p className="small">
        <Link href={`/services/${encodeURIComponent(company.slug)}/correct`}>{t("company.correct")}</Link>
      </p>
    </section>
  );
}

/** A company we know only from the dataset: its contact facts and a way to write to it. */
export function CompanyView({ entry, company, provenance }: { entry: CatalogEntry; company: CatalogCompany; provenance: Provenance }) {
  const t = useTranslations("services.catalog.company");
  return (
    <div className="page stack">
      <h1>{entry.name}</h1>
      <p>
        <Link className="button" href={`/requests/new?service=${encodeURIComponent(entry.slug)}`}>
          {t("write", { name: entry.name })}
        </Link>
      </p>
      <p className="narrow">{t("noRecord")}</p>
      <ContactFacts company={company} provenance={provenance} />
      <DatasetCredit provenance={provenance} />
    </div>
  );
}
