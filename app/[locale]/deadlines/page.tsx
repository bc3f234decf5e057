import { computeDeadlines, DeadlineInputError, type DeadlineResult } from "@/lib/law/deadlines";
import { CountingRules } from "@/lib/law/components/counting-rules";
import { DeadlineCalculator } from "@/lib/law/components/deadline-calculator";
import { DeadlineResultView } from "@/lib/law/components/deadline-result";
import { LawText } from "@/lib/law/components/law-text";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { findRightGrant, REGIME_LIST, REGIMES } from "@/lib/law/regimes";
import { parseDeadlineQuery, type DeadlineFormField, type DeadlineFormValues } from "@/lib/law/schema";
import type { Regime, RightGrant } from "@/lib/law/types";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "deadlines.index" }))("meta") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Rendered per request for the calculator's answer (its GET form's query string). Without a query,
// proxy.ts serves prerendered/deadlines, which is this page with an empty form, built once per language.
export default async function DeadlinesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseDeadlineQuery(await searchParams);
  const errors: Partial<Record<DeadlineFormField, string>> = query.status === "invalid" ? { ...query.errors } : {};
  let result: DeadlineResult | undefined;
  let problem: string | undefined;

  // Said in the page's language below; an input error of the law engine is its own sentence.
  const invalid = query.status === "invalid";
  if (query.status === "valid") {
    try {
      result = computeDeadlines(query.input);
    } catch (error) {
      // Only input errors are expected here; anything else is a bug and should surface as one.
      if (!(error instanceof DeadlineInputError)) throw error;
      problem = error.message;
      errors[error.field] = error.message;
    }
  }
  const regime = query.status === "valid" ? REGIMES[query.input.regime] : undefined;
  const grant = regime && query.status === "valid" ? findRightGrant(regime, query.input.right) : undefined;
  return <DeadlinesView values={query.values} errors={errors} problem={problem} invalid={invalid} result={result} regime={regime} grant={grant} />;
}

type ViewProps = {
  values: DeadlineFormValues;
  errors: Partial<Record<DeadlineFormField, string>>;
  problem: string | undefined;
  invalid: boolean;
  result: DeadlineResult | undefined;
  regime: Regime | undefined;
  grant: RightGrant | undefined;
};

function DeadlinesView({ values, errors, problem, invalid, result, regime, grant }: ViewProps) {
  const t = useTranslations("deadlines.index");
  const said = invalid ? t("invalid") : problem;
  return (
    <div className="page stack">
      <h1>{t("heading")}</h1>
      <p className="narrow">{t("intro")}</p>
      {said ? (
        <div className="notice bad narrow" role="alert">
          <p>{said}</p>
        </div>
      ) : null}
      <div className="narrow">
        <DeadlineCalculator values={values} errors={errors} />
      </div>
      {result && regime && grant ? <DeadlineResultView result={result} regime={regime} grant={grant} /> : null}
      <CountingRules />
      <section className="stack" aria-labelledby="regimes-heading">
        <h2 id="regimes-heading">{t("byLaw")}</h2>
        <p className="narrow">{t("byLawIntro")}</p>
        <nav aria-label={t("lawsNav")}>
          <ul className="law-index">
            {REGIME_LIST.map((r) => (
              <li key={r.id}>
                <Link href={`/deadlines/${r.id}`}>
                  <LawText>{r.shortLabel}</LawText>
                </Link>{" "}
                <span className="small muted">
                  <LawText>{r.name}</LawText>
                </span>
              </li>
            ))}
          </ul>
        </nav>
      </section>
    </div>
  );
}
