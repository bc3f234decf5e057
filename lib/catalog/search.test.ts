import { describe, expect, it } from "vitest";
import { searchCatalog } from "./companies";

const slugs = (query: string, options = {}) => searchCatalog(query, options).hits.map((h) => h.item.slug);

describe("searchCatalog over the imported catalogue", () => {
  it("finds the company a person means, with typos, accents and case", () => {
    expect(slugs("shufa")[0]).toBe("schufa");
    expect(slugs("SCHUFA")[0]).toBe("schufa");
    expect(slugs("netflx")[0]).toBe("netflix");
    expect(slugs("netf")[0]).toBe("netflix");
    expect(slugs("trakt")[0]).toBe("trakt");
    expect(slugs("spotify.com")[0]).toBe("spotify");
  });

  it("finds a company by a brand it runs, the exact brand first", () => {
    expect(slugs("Spotify GmbH")[0]).toBe("spotify");
  });

  it("filters by category and country", () => {
    const agencies = searchCatalog("", { category: "credit agency", country: "de" });
    expect(agencies.total).toBeGreaterThan(10);
    expect(agencies.hits.every((h) => h.item.categories.includes("credit agency"))).toBe(true);
    expect(agencies.hits.every((h) => h.item.countries.includes("de") || h.item.countries.includes("all"))).toBe(true);
  });

  it("answers any string with results or nothing, never an error", () => {
    for (const query of ["", " ", "a".repeat(10_000), "🙂🙂", "'; DROP TABLE companies; --", ".*+?(a+)+$[", "\u0000\uffff", "ä".repeat(500)]) {
      expect(() => searchCatalog(query)).not.toThrow();
    }
    expect(searchCatalog("").total).toBe(0);
    expect(searchCatalog(42).total).toBe(0);
  });
});
