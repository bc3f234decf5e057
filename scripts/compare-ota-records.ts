// Runs the policy extractor on each Open Terms Archive capture and scores it against the capture's
// hand-corrected record (lib/services/records/ota), per category: a broad development corpus for
// finding misses that generalise, beside the gold files of the benchmark.
// Run: npx tsx scripts/compare-ota-records.ts [--details] [--values] [--only=<service>]
// --values compares values only, wherever cited: a record keeps one citation per fact where the
// benchmark's gold lists every sentence that supports it, so a citation elsewhere is not a miss there.
// The services whose captures are being annotated as held-out gold are skipped before anything of
// theirs is read: their captures, records and notes stay unread by whoever writes rules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AUTHORITIES } from "@/lib/services/extractor/authorities";
import { extractPolicy } from "@/lib/services/extractor/extract";
import {
  factsOf,
  GOLD_CATEGORIES,
  normalizeValue,
  ratios,
  scoreDocument,
  type CategoryScore,
  type GoldCategory,
  type GoldFact,
  type ProposedFact,
} from "@/lib/services/extractor/gold-benchmark";
import { proposeRecord } from "@/lib/services/extractor/propose-record";
import { readOtaRecordData } from "@/lib/services/records/ota-records";
import type { OtaRecordData } from "@/lib/services/records/ota-schema";

const HELD_OUT_SERVICES = ["twitter", "duckduckgo", "samsung", "taboola", "pinterest"];
const RECORDS_DIR = path.join(process.cwd(), "lib", "services", "records", "ota");
const POLICIES_DIR = path.join(process.cwd(), "..", "shared", "policies");

const details = process.argv.includes("--details");
const valuesOnly = process.argv.includes("--values");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);

// "the-trade-desk-2025-03-18" is the service "the-trade-desk" captured on 2025-03-18.
function split(documentId: string): { service: string; date: string } | null {
  const m = /^(.+)-(\d{4}-\d{2}-\d{2})$/.exec(documentId);
  return m?.[1] && m[2] ? { service: m[1], date: m[2] } : null;
}
const isHeldOut = (service: string) => HELD_OUT_SERVICES.some((h) => service === h || service.startsWith(`${h}-`));

const amount = (x: { days?: number; months?: number }) => (x.days !== undefined ? `${x.days}d` : x.months !== undefined ? `${x.months}mo` : null);
const authorityKeyOf = (name: string) => AUTHORITIES.find((a) => new RegExp(a.pattern.source, "u").test(name))?.key;

/** The record's facts in the benchmark's categories, each with its verbatim quote. */
function goldOf(data: OtaRecordData): GoldFact[] {
  const facts: GoldFact[] = [];
  const add = (category: GoldCategory, value: string | null | undefined, quote: string) => {
    if (value) facts.push({ category, value, quote });
  };
  if (data.effectiveDate) add("effective-date", data.effectiveDate.date, data.effectiveDate.quote);
  if (data.legalEntity) add("legal-entity", data.legalEntity.name, data.legalEntity.quote);
  if (data.postalAddress) add("postal-address", data.postalAddress.address, data.postalAddress.quote);
  for (const c of data.channels) {
    if (c.kind === "email") add("email", c.address, c.quote);
    else if (c.kind === "post") add("postal-address", c.address, c.quote);
    else add("self-service", c.url, c.quote);
  }
  for (const p of data.selfService) if (p.url) add("self-service", p.url, p.quote);
  for (const r of data.rights) for (const g of r.regimes.length ? r.regimes : ["none"]) add("right", `${r.right}/${g}`, r.quote);
  for (const a of data.applicability) if (a.stance === "addresses" || a.stance === "complies") for (const g of a.regimes) add("jurisdiction", g, a.quote);
  for (const t of data.timelines) if (t.statedByPolicy && t.quote) add("response-time", amount(t), t.quote);
  for (const r of data.retention) add("retention", amount(r), r.quote);
  for (const a of data.supervisoryAuthorities) add("authority", a.namedInPolicy ? authorityKeyOf(a.name) : "unnamed", a.quote);
  for (const v of data.identityVerification) add("identity-verification", "yes", v.quote);
  for (const d of data.declineGrounds) add("decline-ground", "yes", d.quote);
  for (const f of data.fees) add("fee", /free|no (?:cost|charge|fee)|without charge|not (?:have to )?pay/i.test(f.summary) ? "free" : "charged", f.quote);
  return facts;
}

function scoreValues(facts: GoldFact[], proposed: ProposedFact[]): Record<GoldCategory, CategoryScore> {
  const out = Object.fromEntries(GOLD_CATEGORIES.map((c) => [c, { tp: 0, fp: [] as string[], fn: [] as string[] }])) as Record<GoldCategory, CategoryScore>;
  for (const c of GOLD_CATEGORIES) {
    const want = new Set(facts.filter((f) => f.category === c).map((f) => normalizeValue(c, f.value)));
    const got = new Set(proposed.filter((f) => f.category === c).map((f) => normalizeValue(c, f.value)));
    for (const v of got)
      if (want.has(v)) out[c].tp++;
      else out[c].fp.push(v);
    for (const v of want) if (!got.has(v)) out[c].fn.push(v);
  }
  return out;
}

// The record and the benchmark do not score the same things everywhere: categories a record does
// not keep in a comparable form are left out of the sums.
const COMPARED: GoldCategory[] = GOLD_CATEGORIES.filter((c) => !["dpo", "extension", "withdraw-consent"].includes(c));
const totals = new Map<GoldCategory, CategoryScore[]>();
const differences: string[] = [];
let documents = 0;
let skippedQuotes = 0;

for (const file of readdirSync(RECORDS_DIR).sort()) {
  if (!file.endsWith(".json")) continue;
  const id = file.slice(0, -".json".length);
  const parts = split(id);
  if (!parts || isHeldOut(parts.service) || (only && parts.service !== only)) continue;
  const source = readFileSync(path.join(POLICIES_DIR, parts.service, `${parts.date}.md`), "utf8");
  const data = readOtaRecordData(id);
  const extraction = extractPolicy(source, { format: "markdown" });
  const record = proposeRecord(extraction, { documentId: id, serviceSlug: parts.service, serviceName: parts.service, versionId: id, versionLabel: id });
  // A record's quote is verbatim in the stored document; one the extraction's text does not hold cannot be scored.
  const facts = goldOf(data).filter((f) => {
    const found = ([] as string[]).concat(f.quote).some((q) => extraction.text.includes(q));
    if (!found) skippedQuotes++;
    return found;
  });
  const proposed = factsOf(record, extraction);
  const scores = valuesOnly
    ? scoreValues(facts, proposed)
    : scoreDocument({ document: id, set: "development", serviceDomains: [], facts }, extraction.text, proposed);
  documents++;
  for (const c of COMPARED) {
    totals.set(c, [...(totals.get(c) ?? []), scores[c]]);
    for (const v of scores[c].fp) differences.push(`  ${id} ${c}: extra ${v}`);
    for (const v of scores[c].fn) differences.push(`  ${id} ${c}: missed ${v}`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, scores: CategoryScore[]) => {
  const r = ratios(scores);
  return `${name.padEnd(22)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)} ${pct(r.precision)} ${pct(r.recall)}`;
};
console.log(`${documents} records (held-out services skipped: ${HELD_OUT_SERVICES.join(", ")}); ${skippedQuotes} quotes not in the extracted text`);
console.log(`${"category".padEnd(22)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)} ${"prec.".padStart(7)} ${"recall".padStart(7)}`);
for (const c of COMPARED) console.log(row(c, totals.get(c) ?? []));
console.log(row("overall (micro)", [...totals.values()].flat()));
if (details) console.log(differences.length ? `\nDifferences:\n${differences.join("\n")}` : "\nNo differences.");
