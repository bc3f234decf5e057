// Precision and recall of the policy extractor against gold annotations written by hand
// (lib/services/extractor/gold): every category, misses included, held-out documents apart.
// Run: npx tsx scripts/bench-extractor.ts [--details | --details=all]
// --details lists the development set's differences only: reading a held-out miss to write a rule
// would make it development text (then move its document to development, as the gold README says).
import { extractPolicy } from "@/lib/services/extractor/extract";
import { factsOf, GOLD_CATEGORIES, ratios, scoreDocument, type CategoryScore, type GoldCategory } from "@/lib/services/extractor/gold-benchmark";
import { loadGold } from "@/lib/services/extractor/gold-files";
import { proposeRecord } from "@/lib/services/extractor/propose-record";

const details = process.argv.includes("--details") || process.argv.includes("--details=all");
const heldOutDetails = process.argv.includes("--details=all");
const sets = { development: new Map<GoldCategory, CategoryScore[]>(), "held-out": new Map<GoldCategory, CategoryScore[]>() };
const differences: string[] = [];

for (const { gold, source } of loadGold()) {
  const extraction = extractPolicy(source, { format: "markdown" });
  const meta = { documentId: gold.document, serviceSlug: gold.document, serviceName: gold.document, versionId: "gold", versionLabel: "gold" };
  const record = proposeRecord(extraction, meta, { serviceDomains: gold.serviceDomains });
  const scores = scoreDocument(gold, extraction.text, factsOf(record, extraction));
  for (const c of GOLD_CATEGORIES) {
    sets[gold.set].set(c, [...(sets[gold.set].get(c) ?? []), scores[c]]);
    if (gold.set === "held-out" && !heldOutDetails) continue;
    for (const v of scores[c].fp) differences.push(`  ${gold.set} ${gold.document} ${c}: extra ${v}`);
    for (const v of scores[c].fn) differences.push(`  ${gold.set} ${gold.document} ${c}: missed ${v}`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, scores: CategoryScore[]) => {
  const r = ratios(scores);
  const shown = r.tp + r.fp + r.fn === 0 ? `${"-".padStart(7)} ${"-".padStart(7)}` : `${pct(r.precision)} ${pct(r.recall)}`;
  return `${name.padEnd(22)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${shown}`;
};

for (const [set, perCategory] of Object.entries(sets)) {
  console.log(`\n${set} (${perCategory.get("email")?.length ?? 0} documents)`);
  console.log(`${"category".padEnd(22)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)} ${"prec.".padStart(7)} ${"recall".padStart(7)}`);
  for (const c of GOLD_CATEGORIES) console.log(row(c, perCategory.get(c) ?? []));
  console.log(row("overall (micro)", [...perCategory.values()].flat()));
}
if (details) console.log(differences.length ? `\nDifferences:\n${differences.join("\n")}` : "\nNo differences.");
