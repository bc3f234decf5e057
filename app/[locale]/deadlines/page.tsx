import { computeDeadlines, DeadlineInputError, type DeadlineResult } from "@/lib/law/deadlines";
import { CountingRules } from "@/lib/law/components/counting-rules";
import { DeadlineCalculator } from "@/lib/law/components/deadline-calculator";
import { DeadlineResultView } from "@/lib/law/components/deadline-result";
import { EuAuthoritiesTable } from "@/lib/law/components/eu-authorities-table";
import { RegimeSection } from "@/lib/law/components/regime-section";
import { findRightGrant, REGIME_LIST, REGIMES } from "@/lib/law/regimes";
import { parseDeadlineQuery, type DeadlineFormField } from "@/lib/law/schema";

export const metadata = { title: "How deadlines are computed" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DeadlinesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = parseDeadlineQuery(await searchParams);
  const errors: Partial<Record<DeadlineFormField, string>> = query.status === "invalid" ? { ...query.errors } : {};
  let result: DeadlineResult | undefined;
  let problem: string | undefined;

  if (query.status === "invalid") problem = "Some answers need fixing; see the messages next to them.";
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

  return (
    <div className="page stack">
      <h1>How deadlines are computed</h1>
      <p className="narrow">
        Privacy laws give organisations a set time to answer your request. Most tools count a fixed 31 days; the laws are more
        precise. This page shows how the app counts, law by law, with the sources, and lets you work out a date yourself.
      </p>
      {problem ? (
        <div className="notice bad narrow" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <div className="narrow">
        <DeadlineCalculator values={query.values} errors={errors} />
      </div>
      {result && regime && grant ? <DeadlineResultView result={result} regime={regime} grant={grant} /> : null}
      <CountingRules />
      <section className="stack" aria-labelledby="regimes-heading">
        <h2 id="regimes-heading">Law by law</h2>
        <nav aria-label="Jump to a law" className="small">
          <ul className="inline-list">
            {REGIME_LIST.map((r) => (
              <li key={r.id}>
                <a href={`#regime-${r.id}`}>{r.shortLabel}</a>
              </li>
            ))}
          </ul>
        </nav>
        {/* Closed by default so the page stays short on a phone; a link to a law's heading opens its section. */}
        {REGIME_LIST.map((r) => (
          <details key={r.id} className="law">
            <summary>{r.shortLabel}</summary>
            <RegimeSection regime={r} />
          </details>
        ))}
        <h3>EU/EEA supervisory authorities</h3>
        <EuAuthoritiesTable />
      </section>
    </div>
  );
}
