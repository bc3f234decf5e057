// Precision and recall of the policy extractor against the curated records of the five documents.
// Run: npx tsx scripts/bench-extractor.ts
import { findService } from "@/lib/services/catalog";
import { documents } from "@/lib/services/documents/documents";
import { loadDocumentText } from "@/lib/services/documents/load";
import { CATEGORIES, curatedRedactions, extractedRedactions, precisionRecall, recordFacets, score, type Category, type Score } from "@/lib/services/extractor/benchmark";
import { extractPolicy } from "@/lib/services/extractor/extract";
import { proposeRecord } from "@/lib/services/extractor/propose-record";

const perCategory = new Map<Category, Score[]>(CATEGORIES.map((c) => [c, []]));
const misses: string[] = [];

for (const doc of documents) {
  const curated = findService(doc.serviceSlug)?.versions.find((v) => v.documentId === doc.id);
  if (!curated) throw new Error(`No curated record for ${doc.id}`);
  const extraction = extractPolicy(loadDocumentText(doc.id), { format: doc.format === "markdown" ? "markdown" : "text" });
  const proposed = proposeRecord(extraction, { ...curated, documentId: doc.id });
  const expected = { ...recordFacets(curated), "redacted emails": curatedRedactions(curated) };
  const actual = { ...recordFacets(proposed), "redacted emails": extractedRedactions(extraction) };
  for (const category of CATEGORIES) {
    const s = score(expected[category], actual[category]);
    perCategory.get(category)?.push(s);
    for (const fp of s.falsePositives) misses.push(`  ${doc.id} ${category}: extra ${fp}`);
    for (const fn of s.falseNegatives) misses.push(`  ${doc.id} ${category}: missed ${fn}`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, scores: Score[]) => {
  const r = precisionRecall(scores);
  return `${name.padEnd(16)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${pct(r.precision)} ${pct(r.recall)}`;
};

console.log(`Extractor vs curated records, ${documents.length} documents\n`);
console.log(`${"category".padEnd(16)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)} ${"prec.".padStart(7)} ${"recall".padStart(7)}`);
for (const category of CATEGORIES) console.log(row(category, perCategory.get(category) ?? []));
console.log(row("overall (micro)", [...perCategory.values()].flat()));
console.log(misses.length ? `\nDifferences:\n${misses.join("\n")}` : "\nNo differences.");
