import type { ServiceRecord } from "../types";
import { authorityKey } from "./authorities";
import { urlKey } from "./detect-urls";
import { DPO_SUMMARY, EXTENSION_SUMMARY } from "./propose-record";
import type { Extraction } from "./types";

// Scores a proposed record against a gold file written by a person from the policy's text. Every
// category a record has is scored, misses included, and a proposal counts only when its value is
// right AND its citation overlaps words the annotator marked as saying so.
export const GOLD_CATEGORIES = [
  "effective-date",
  "legal-entity",
  "email",
  "postal-address",
  "dpo",
  "authority",
  "right",
  "jurisdiction",
  "response-time",
  "extension",
  "retention",
  "withdraw-consent",
  "identity-verification",
  "self-service",
  "fee",
  "decline-ground",
] as const;
export type GoldCategory = (typeof GOLD_CATEGORIES)[number];

export type GoldFact = { category: GoldCategory; value: string; quote: string | string[] };
export type GoldFile = { document: string; set: "development" | "held-out"; serviceDomains: string[]; facts: GoldFact[] };

/** A fact the extractor proposes, with the range of the text it cites. */
export type ProposedFact = { category: GoldCategory; value: string; start: number; end: number };
export type CategoryScore = { tp: number; fp: string[]; fn: string[] };

const amount = (x: { days?: number; months?: number }) => (x.days !== undefined ? `${x.days}d` : `${x.months ?? 0}mo`);

export function normalizeValue(category: GoldCategory, value: string): string {
  if (category === "self-service") return urlKey(value);
  if (category === "postal-address" || category === "legal-entity") return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return value.toLowerCase().trim();
}

/** The facts of a proposed record, as the benchmark compares them. */
export function factsOf(record: ServiceRecord, extraction: Extraction): ProposedFact[] {
  const at = (category: GoldCategory, value: string, c: { start: number; end: number }): ProposedFact => ({ category, value, start: c.start, end: c.end });
  const facts: ProposedFact[] = [];
  if (record.effectiveDate) facts.push(at("effective-date", record.effectiveDate.date, record.effectiveDate.citation));
  if (record.legalEntity?.name) facts.push(at("legal-entity", record.legalEntity.name, record.legalEntity.citation));
  for (const f of record.fees) facts.push(at("fee", /free/i.test(f.summary) ? "free" : "charged", f.citation));
  for (const d of record.declineGrounds) facts.push(at("decline-ground", "yes", d.citation));
  for (const ch of record.channels) {
    if (ch.kind === "email") facts.push(at("email", ch.address, ch.citation));
    if (ch.kind === "post") facts.push(at("postal-address", ch.address, ch.citation));
    if (ch.kind === "web") facts.push(at("self-service", ch.url, ch.citation));
  }
  if (record.postalAddress) facts.push(at("postal-address", record.postalAddress.address, record.postalAddress.citation));
  for (const a of record.supervisoryAuthorities) facts.push(at("authority", a.namedInPolicy ? authorityKey(a.name) : "unnamed", a.citation));
  for (const r of record.rights) for (const g of r.regimes.length ? r.regimes : ["none"]) facts.push(at("right", `${r.right}/${g}`, r.citation));
  for (const a of record.applicability)
    if (a.stance === "addresses" || a.stance === "complies") for (const g of a.regimes) facts.push(at("jurisdiction", g, a.citation));
  for (const t of record.timelines) if (t.statedByPolicy) facts.push(at("response-time", amount(t), t.citation));
  for (const r of record.retention) if (r.days !== undefined || r.months !== undefined) facts.push(at("retention", amount(r), r.citation));
  for (const o of record.otherRights) if (o.label === "Withdrawal of consent") facts.push(at("withdraw-consent", "yes", o.citation));
  for (const s of record.identityVerification) facts.push(at("identity-verification", "yes", s.citation));
  for (const p of [...record.selfService, ...record.settings]) if (p.url) facts.push(at("self-service", p.url, p.citation));
  for (const s of record.howToAsk.instructions) {
    if (s.summary === DPO_SUMMARY) facts.push(at("dpo", "dpo", s.citation));
    if (s.summary.startsWith(EXTENSION_SUMMARY)) {
      const ext = extraction.proposals.find((p) => p.kind === "duration" && p.role === "extension" && p.sentence.start === s.citation.start);
      if (ext?.kind === "duration") facts.push(at("extension", amount(ext), s.citation));
    }
  }
  return facts;
}

function quoteRanges(text: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push([i, i + quote.length]);
  return out;
}

/** Per category: unique proposed values that are right and cited where the gold says, the others, and the gold facts not found. */
export function scoreDocument(gold: GoldFile, text: string, proposed: ProposedFact[]): Record<GoldCategory, CategoryScore> {
  const out = Object.fromEntries(GOLD_CATEGORIES.map((c) => [c, { tp: 0, fp: [], fn: [] }])) as unknown as Record<GoldCategory, CategoryScore>;
  const golds = gold.facts.map((f) => ({
    ...f,
    key: normalizeValue(f.category, f.value),
    ranges: ([] as string[]).concat(f.quote).flatMap((q) => quoteRanges(text, q)),
  }));
  for (const g of golds) if (g.ranges.length === 0) throw new Error(`${gold.document}: gold quote not in the text for ${g.category} ${g.value}`);
  const byValue = new Map<string, ProposedFact[]>();
  for (const p of proposed) {
    const key = `${p.category}\u0000${normalizeValue(p.category, p.value)}`;
    byValue.set(key, [...(byValue.get(key) ?? []), p]);
  }
  const matched = new Set<number>();
  for (const [key, facts] of byValue) {
    const [category, value] = key.split("\u0000") as [GoldCategory, string];
    const hit = golds.findIndex(
      (g, i) => !matched.has(i) && g.category === category && g.key === value && facts.some((p) => g.ranges.some(([s, e]) => p.start < e && s < p.end)),
    );
    if (hit === -1) out[category].fp.push(value);
    else {
      matched.add(hit);
      out[category].tp++;
    }
  }
  golds.forEach((g, i) => {
    if (!matched.has(i)) out[g.category].fn.push(g.key);
  });
  return out;
}

export function ratios(scores: CategoryScore[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp.length, 0);
  const fn = scores.reduce((n, s) => n + s.fn.length, 0);
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
