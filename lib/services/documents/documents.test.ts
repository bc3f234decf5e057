import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allDocuments, documents, findDocument, getDocument, type PolicyDocument } from "./documents";
import { loadDocumentText, sha256OfFile } from "./load";
import { orderVersions } from "./order";

describe("policy documents", () => {
  it("lists the five seed captures and the 81 Open Terms Archive captures", () => {
    expect(documents.filter((d) => d.serviceSlug === "trakt")).toHaveLength(3);
    expect(documents.filter((d) => d.serviceSlug === "netflix")).toHaveLength(2);
    expect(documents).toHaveLength(5);
    expect(allDocuments.filter((d) => d.ordering.by === "capture-date")).toHaveLength(81);
    expect(new Set(allDocuments.map((d) => d.id)).size).toBe(86);
  });

  it("credits Open Terms Archive contributors on every capture taken from it", () => {
    for (const doc of allDocuments.filter((d) => d.ordering.by === "capture-date")) {
      expect(doc.attribution?.credit).toBe("Open Terms Archive contributors");
      expect(doc.capturedAt).toBe(doc.versionId);
    }
  });

  it.each(allDocuments.map((d) => [d.id, d] as const))("%s: the recorded SHA-256 matches the file", (id, doc) => {
    expect(sha256OfFile(id)).toBe(doc.sha256);
  });

  it("keeps the seeds byte for byte", () => {
    const seed = readFileSync("lib/services/documents/trakt-2022-03-29.txt");
    expect(seed.includes(Buffer.from("Last Updated â€” March 29, 2022", "utf8"))).toBe(true);
    expect(loadDocumentText("trakt-undated")).toContain("[email\u00a0protected]");
  });

  it("states the date each dated version gives itself", () => {
    for (const doc of documents) {
      if (doc.ordering.by === "stated-date") expect(loadDocumentText(doc.id)).toContain(doc.ordering.statement);
    }
    expect(getDocument("trakt-2018-09-13").capturedAt).toBe("2018-12-30");
  });

  it("rejects unknown ids", () => {
    expect(findDocument("nope")).toBeUndefined();
    expect(() => loadDocumentText("nope")).toThrow(/Unknown policy document/);
  });
});

describe("orderVersions", () => {
  const ids = (docs: PolicyDocument[]) => docs.map((d) => d.id);

  it("orders Trakt by stated date with the undated text first, whatever the input order", () => {
    const trakt = documents.filter((d) => d.serviceSlug === "trakt");
    expect(ids(orderVersions([...trakt].reverse()))).toEqual(["trakt-undated", "trakt-2018-09-13", "trakt-2022-03-29"]);
  });

  it("puts the undated Netflix policy before the 2024 statement", () => {
    const netflix = documents.filter((d) => d.serviceSlug === "netflix");
    expect(ids(orderVersions(netflix))).toEqual(["netflix-undated", "netflix-2024-04-17"]);
  });

  it("orders captures by the day they were captured", () => {
    const google = allDocuments.filter((d) => d.id.startsWith("google-"));
    expect(ids(orderVersions([...google].reverse()))).toEqual(["google-2024-11-20", "google-2026-06-24"]);
  });

  it("places an undated text before the version it predates, even between dated ones", () => {
    const base = getDocument("trakt-undated");
    const a = { ...getDocument("trakt-2018-09-13") };
    const b = { ...getDocument("trakt-2022-03-29") };
    const mid: PolicyDocument = { ...base, id: "mid", ordering: { by: "content", precedes: b.id, reason: "test" } };
    expect(ids(orderVersions([b, mid, a]))).toEqual([a.id, "mid", b.id]);
  });
});
