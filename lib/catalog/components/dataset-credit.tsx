import type { Provenance } from "../schema";

export function DatasetCredit({ provenance }: { provenance: Provenance }) {
  return (
    <p className="small muted">
      Company and authority contacts: <a href="https://www.datenanfragen.de">Datenanfragen.de</a>, CC0 1.0 (
      <a href={provenance.url}>dataset at {provenance.commit.slice(0, 8)}</a>, {provenance.date}).
    </p>
  );
}
