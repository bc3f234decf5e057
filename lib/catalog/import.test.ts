import { describe, expect, it } from "vitest";
import { diffRecords, importAuthorities, importCompanies, stableJson } from "./import";

const valid = {
  slug: "acme",
  "relevant-countries": ["de"],
  name: "Acme GmbH",
  address: "Hauptstraße 1\n10115 Berlin\nDeutschland",
  email: "datenschutz@acme.example",
  sources: ["https://acme.example/datenschutz"],
  quality: "verified",
};

describe("importCompanies", () => {
  it("takes a valid record and fills the defaults the schema describes", () => {
    const { accepted, rejected } = importCompanies([valid]);
    expect(rejected).toEqual([]);
    expect(accepted[0]).toMatchObject({ slug: "acme", transport: "email", needsIdDocument: false, runs: [], requiredElements: [] });
  });

  it("rejects a record without an address, with a malformed email or an unknown country, and says why", () => {
    const { address: _, ...noAddress } = valid;
    const { accepted, rejected } = importCompanies([
      { ...noAddress, slug: "a" },
      { ...valid, slug: "b", email: "not an address" },
      { ...valid, slug: "c", "relevant-countries": ["xx"] },
      { ...valid, slug: "d", email: "daten\u00adschutz@d.example" },
      { ...valid, slug: "e", email: "datenschutz@günstiger.example" },
    ]);
    expect(rejected.map((r) => [r.slug, r.reasons[0]])).toEqual([
      ["a", expect.stringMatching(/address/)],
      ["b", "malformed email"],
      ["c", "unknown country"],
      ["d", expect.stringMatching(/invisible/)],
    ]);
    expect(accepted.map((c) => c.slug)).toEqual(["e"]);
  });

  it("never throws on garbage, and skips duplicates", () => {
    expect(importCompanies("nope")).toEqual({ accepted: [], rejected: [] });
    const result = importCompanies([null, 42, { slug: "x".repeat(10_000) }, valid, valid]);
    expect(result.accepted).toHaveLength(1);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 1, 2, 4]);
    expect(result.rejected.at(-1)?.reasons).toEqual(["duplicate slug"]);
  });

  it("sorts records, so the same input gives the same bytes", () => {
    const a = importCompanies([{ ...valid, slug: "zeta" }, valid]).accepted;
    const b = importCompanies([valid, { ...valid, slug: "zeta" }]).accepted;
    expect(stableJson(a)).toBe(stableJson(b));
    expect(a.map((c) => c.slug)).toEqual(["acme", "zeta"]);
  });
});

describe("diffRecords", () => {
  it("names added, removed and changed records with the changed fields", () => {
    const before = importCompanies([valid, { ...valid, slug: "gone" }]).accepted;
    const after = importCompanies([
      { ...valid, email: "privacy@acme.example" },
      { ...valid, slug: "new" },
    ]).accepted;
    expect(diffRecords(before, after)).toEqual({ added: ["new"], removed: ["gone"], changed: [{ slug: "acme", fields: ["email"] }] });
  });
});

describe("importAuthorities", () => {
  it("keeps the complaint form and language", () => {
    const { accepted } = importAuthorities([
      {
        slug: "debaylda",
        "relevant-countries": ["de"],
        name: "BayLDA",
        address: "Ansbach",
        webform: "https://lda.example/beschwerde",
        "complaint-language": "de",
      },
    ]);
    expect(accepted[0]).toMatchObject({ webform: "https://lda.example/beschwerde", complaintLanguage: "de" });
  });
});
