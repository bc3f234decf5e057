import { computeDeadlines, DeadlineInputError, type DeadlineResult } from "@/lib/law/deadlines";
import { CountingRules } from "@/lib/law/components/counting-rules";
import { DeadlineCalculator } from "@/lib/law/components/deadline-calculator";
import { DeadlineResultView } from "@/lib/law/components/deadline-result";
import Link from "next/link";
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
        Privacy laws give organisations a set time to answer your request. Most tools count a fixed 31 days; the laws are more precise. This page shows how the
        app counts, law by law, with the sources, and lets you work out a date yourself.
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
        <p className="narrow">
          Each law has its own page: when its deadlines start, how it counts days, what happens when a deadline ends on a weekend or a holiday, and its sources.
          One at a time, so a phone loads only the law you read.
        </p>
        <nav aria-label="Each law's rules">
          <ul className="law-index">
            {REGIME_LIST.map((r) => (
              <li key={r.id}>
                <Link href={`/deadlines/${r.id}`}>{r.shortLabel}</Link> <span className="small muted">{r.name}</span>
              </li>
            ))}
          </ul>
        </nav>
      </section>
    </div>
  );
}
