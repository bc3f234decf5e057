import Link from "next/link";
import { ID_DOCUMENT_ADVICE } from "../advice";
import type { CatalogEntry } from "../companies";
import { ELEMENT_LABELS, languageName, TRANSPORT_LABELS } from "../labels";
import { CATEGORY_LABELS, countryName } from "../query";
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
  return (
    <section aria-labelledby="contact" className="card stack">
      <h2 id="contact">Where to send a request</h2>
      <dl style={{ overflowWrap: "anywhere" }}>
        <Fact label="Legal name">{company.name}</Fact>
        {company.runs.length > 0 ? <Fact label="Brands it runs">{company.runs.join(", ")}</Fact> : null}
        <Fact label="Postal address">
          <span style={{ whiteSpace: "pre-line" }}>{company.address}</span>
        </Fact>
        {company.email ? (
          <Fact label="Privacy email">
            <a href={`mailto:${company.email}`}>{company.email}</a>
          </Fact>
        ) : null}
        {company.webform ? (
          <Fact label="Privacy web form">
            <a href={company.webform} rel="noopener noreferrer nofollow">
              {company.webform}
            </a>
          </Fact>
        ) : null}
        {company.phone ? <Fact label="Phone">{company.phone}</Fact> : null}
        {company.fax ? <Fact label="Fax">{company.fax}</Fact> : null}
        {company.web ? (
          <Fact label="Website">
            <a href={company.web} rel="noopener noreferrer nofollow">
              {company.web}
            </a>
          </Fact>
        ) : null}
        <Fact label="Best way to send">{TRANSPORT_LABELS[company.transport]}</Fact>
        {company.requestLanguage ? <Fact label="Request language">{languageName(company.requestLanguage)}</Fact> : null}
        <Fact label="Relevant in">{company.countries.map(countryName).join(", ")}</Fact>
        {company.categories.length > 0 ? <Fact label="Categories">{company.categories.map((c) => CATEGORY_LABELS[c]).join(", ")}</Fact> : null}
        <Fact label="What it needs to find you">
          {company.requiredElements.length > 0 ? (
            <ul>
              {company.requiredElements.map((e) => (
                <li key={e.desc}>
                  {e.desc} ({ELEMENT_LABELS[e.type]}
                  {e.optional ? ", optional" : ""})
                </li>
              ))}
            </ul>
          ) : (
            "The record names nothing beyond your name and the email address of your account."
          )}
        </Fact>
        <Fact label="ID document">{company.needsIdDocument ? "Demanded for every request." : "Not demanded."}</Fact>
      </dl>
      {company.needsIdDocument ? (
        <div className="notice warn stack">
          <p>
            <strong>{ID_DOCUMENT_ADVICE.heading}</strong>
          </p>
          <p>{ID_DOCUMENT_ADVICE.law}</p>
          <p>{ID_DOCUMENT_ADVICE.redact}</p>
        </div>
      ) : null}
      {company.comments.length > 0 ? (
        <div>
          <p>
            <strong>Notes in the record</strong>
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
        <Link href={`/services/${encodeURIComponent(company.slug)}/correct`}>Mail bounced or a detail is wrong? Correct it for your own letters</Link>
      </p>
    </section>
  );
}

/** A company we know only from the dataset: its contact facts and a way to write to it. */
export function CompanyView({ entry, company, provenance }: { entry: CatalogEntry; company: CatalogCompany; provenance: Provenance }) {
  return (
    <div className="page stack">
      <h1>{entry.name}</h1>
      <p>
        <Link className="button" href={`/requests/new?service=${encodeURIComponent(entry.slug)}`}>
          Write a request to {entry.name}
        </Link>
      </p>
      <p className="narrow">
        We keep no record of this company&apos;s privacy policy, so the letter cites the law alone. These contact details come from the open Datenanfragen.de
        database.
      </p>
      <ContactFacts company={company} provenance={provenance} />
      <DatasetCredit provenance={provenance} />
    </div>
  );
}
