import type { RecordDiff, Rejection } from "./import";
import type { CatalogCompany, Provenance } from "./schema";

// The import's printed report: what it took, what it rejected and why, and what changed.

const LIST_LIMIT = 40;

function list(items: string[]): string[] {
  const shown = items.slice(0, LIST_LIMIT).map((item) => `  - ${item}`);
  return items.length > LIST_LIMIT ? [...shown, `  - … and ${items.length - LIST_LIMIT} more`] : shown;
}

function count<T>(items: readonly T[], key: (item: T) => string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

export type ReportPart = { label: string; total: number; accepted: number; rejected: Rejection[]; diff: RecordDiff | null };

function part({ label, total, accepted, rejected, diff }: ReportPart): string[] {
  const lines = [`${label}: ${total} read, ${accepted} taken, ${rejected.length} rejected`];
  if (rejected.length > 0) lines.push(...list(rejected.map((r) => `#${r.index} ${r.slug}: ${r.reasons.join("; ")}`)));
  if (!diff) lines.push("  against the previous import: none (first import)");
  else {
    lines.push(`  against the previous import: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);
    if (diff.added.length > 0) lines.push("  added:", ...list(diff.added));
    if (diff.removed.length > 0) lines.push("  removed:", ...list(diff.removed));
    if (diff.changed.length > 0) lines.push("  changed:", ...list(diff.changed.map((c) => `${c.slug} (${c.fields.join(", ")})`)));
  }
  return lines;
}

export function importReport(provenance: Provenance, companies: ReportPart & { records: readonly CatalogCompany[] }, authorities: ReportPart): string {
  const records = companies.records;
  return [
    `Source: ${provenance.dataset}, commit ${provenance.commit} (${provenance.date}), ${provenance.license}`,
    ...part(companies),
    `  quality: ${count(records, (c) => [c.quality])}`,
    `  with an email ${records.filter((c) => c.email).length}, a web form ${records.filter((c) => c.webform).length}, web form only ${records.filter((c) => !c.email && c.webform).length}, ID document demanded ${records.filter((c) => c.needsIdDocument).length}`,
    `  countries (top): ${count(records, (c) => c.countries)
      .split(", ")
      .slice(0, 8)
      .join(", ")}`,
    ...part(authorities),
  ].join("\n");
}
