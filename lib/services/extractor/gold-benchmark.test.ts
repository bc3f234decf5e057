import { describe, expect, it } from "vitest";
import { extractPolicy } from "./extract";
import { factsOf, GOLD_CATEGORIES, ratios, scoreDocument, type CategoryScore, type GoldFile } from "./gold-benchmark";
import { loadGold } from "./gold-files";
import { proposeRecord } from "./propose-record";

const gold: GoldFile = {
  document: "t.md",
  set: "development",
  serviceDomains: ["example.com"],
  facts: [
    { category: "email", value: "privacy@example.com", quote: "write to privacy@example.com" },
    { category: "right", value: "access/none", quote: "right of access" },
  ],
};
const text = "You may write to privacy@example.com. You have the right of access. Or mail privacy@example.com.";

describe("gold scoring", () => {
  it("counts a value only where it is cited from the annotated words", () => {
    const at = (q: string) => text.indexOf(q);
    const cited = scoreDocument(gold, text, [{ category: "email", value: "Privacy@example.com", start: at("privacy@"), end: at("privacy@") + 19 }]);
    expect(cited.email).toEqual({ tp: 1, fp: [], fn: [] });
    const elsewhere = scoreDocument(gold, text, [{ category: "email", value: "privacy@example.com", start: text.lastIndexOf("Or"), end: text.length }]);
    expect(elsewhere.email).toEqual({ tp: 0, fp: ["privacy@example.com"], fn: ["privacy@example.com"] });
    expect(elsewhere.right.fn).toEqual(["access/none"]);
  });

  it("refuses a gold file whose quote is not in the text", () => {
    expect(() => scoreDocument({ ...gold, facts: [{ category: "dpo", value: "dpo", quote: "nowhere" }] }, text, [])).toThrow(/not in the text/);
  });
});

describe("extractor against the gold annotations", () => {
  const sets = { development: [] as CategoryScore[], "held-out": [] as CategoryScore[] };
  for (const { gold: g, source } of loadGold()) {
    const x = extractPolicy(source, { format: "markdown" });
    const record = proposeRecord(
      x,
      { documentId: g.document, serviceSlug: "s", serviceName: "S", versionId: "v", versionLabel: "v" },
      { serviceDomains: g.serviceDomains },
    );
    const scores = scoreDocument(g, x.text, factsOf(record, x));
    sets[g.set].push(...GOLD_CATEGORIES.map((c) => scores[c]));
  }

  // Floors, not targets: a change that loses ground fails here. The figures are in the README.
  it("meets the target on the development set", () => {
    const r = ratios(sets.development);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.9);
  });

  // The held-out set: the third round's five files (X, DuckDuckGo, Samsung, Taboola, Pinterest), first
  // scored at merge at 68.6% / 52.9%. Floors just under that, so a rule that loses ground fails here.
  it("keeps its ground on the held-out set", () => {
    const r = ratios(sets["held-out"]);
    expect(r.precision).toBeGreaterThanOrEqual(0.66);
    expect(r.recall).toBeGreaterThanOrEqual(0.5);
  });
});
