import { describe, expect, it } from "vitest";
import { findService } from "../catalog";
import { documents } from "../documents/documents";
import { loadDocumentText } from "../documents/load";
import { CATEGORIES, curatedRedactions, extractedRedactions, precisionRecall, recordFacets, score, type Score } from "./benchmark";
import { extractPolicy } from "./extract";
import { proposeRecord } from "./propose-record";

describe("scoring", () => {
  it("counts true positives, extras and misses", () => {
    const s = score(new Set(["a", "b", "c"]), new Set(["b", "c", "d"]));
    expect(s).toEqual({ truePositives: 2, falsePositives: ["d"], falseNegatives: ["a"] });
    expect(precisionRecall([s, score(new Set(["x"]), new Set(["x"]))])).toEqual({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(precisionRecall([score(new Set(), new Set())])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe("extractor against the curated records", () => {
  // A floor, not a target: a change to the extractor that loses ground fails here.
  it("keeps overall precision and recall above 90% on the five documents", () => {
    const scores: Score[] = [];
    for (const doc of documents) {
      const curated = findService(doc.serviceSlug)?.versions.find((v) => v.documentId === doc.id);
      if (!curated) throw new Error(doc.id);
      const x = extractPolicy(loadDocumentText(doc.id), { format: "markdown" });
      const expected = { ...recordFacets(curated), "redacted emails": curatedRedactions(curated) };
      const actual = { ...recordFacets(proposeRecord(x, { ...curated })), "redacted emails": extractedRedactions(x) };
      for (const c of CATEGORIES) scores.push(score(expected[c], actual[c]));
    }
    const { precision, recall, tp } = precisionRecall(scores);
    expect(tp).toBeGreaterThan(80);
    expect(precision).toBeGreaterThan(0.9);
    expect(recall).toBeGreaterThan(0.9);
  });

  it("finds the three addresses the Trakt captures hide", () => {
    const ids = ["trakt-undated", "trakt-2022-03-29"];
    const found = ids.map((id) => extractedRedactions(extractPolicy(loadDocumentText(id), { format: "text" })).size);
    expect(found).toEqual([2, 1]);
  });
});
