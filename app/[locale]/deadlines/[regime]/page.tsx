import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EuAuthoritiesTable } from "@/lib/law/components/eu-authorities-table";
import { RegimeSection } from "@/lib/law/components/regime-section";
import { isRegimeId, REGIME_LIST, REGIMES } from "@/lib/law/regimes";

// One law's counting rules per page: the whole set was 171 KiB of HTML for a phone to load at once.
// The same for everyone, so built once.
export const dynamicParams = false;

export function generateStaticParams() {
  return REGIME_LIST.map((regime) => ({ regime: regime.id }));
}

type Params = Promise<{ regime: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { regime } = await params;
  return { title: isRegimeId(regime) ? `Deadlines under ${REGIMES[regime].shortLabel}` : "Deadlines" };
}

export default async function RegimeDeadlinesPage({ params }: { params: Params }) {
  const { regime: id } = await params;
  if (!isRegimeId(id)) notFound();
  const regime = REGIMES[id];
  return (
    <div className="page stack">
      <p className="small">
        <Link href="/deadlines">All laws and the deadline calculator</Link>
      </p>
      <h1>Deadlines under {regime.shortLabel}</h1>
      <RegimeSection regime={regime} level={2} />
      {id === "eu-gdpr" ? (
        <section className="stack" aria-labelledby="eu-authorities-heading">
          <h2 id="eu-authorities-heading">EU/EEA supervisory authorities</h2>
          <EuAuthoritiesTable />
        </section>
      ) : null}
    </div>
  );
}
