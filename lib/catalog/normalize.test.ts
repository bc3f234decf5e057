import { describe, expect, it } from "vitest";
import { boundedDistance, fold, foldExpanded, MAX_QUERY_LENGTH, normalizeQuery } from "./normalize";

describe("fold", () => {
  it("ignores case, accents and German spellings", () => {
    expect(fold("SCHUFA Holding AG")).toBe("schufa holding ag");
    expect(fold("Müller & Söhne, Straße")).toBe("muller sohne strasse");
    expect(foldExpanded("Müller")).toBe("mueller");
    expect(fold("Crédit Agricole")).toBe("credit agricole");
  });
});

describe("normalizeQuery", () => {
  it("caps what it reads and keeps a few words", () => {
    expect(normalizeQuery("a".repeat(10_000)).text).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery("'; DROP TABLE x; -- .* (a+)+$ 🙂").tokens).toEqual(["drop", "table", "x", "a"]);
    expect(normalizeQuery(undefined)).toEqual({ text: "", tokens: [] });
  });
});

describe("boundedDistance", () => {
  it("counts typos and half-typed words", () => {
    expect(boundedDistance("shufa", "schufa", 1)).toEqual({ whole: 1, prefix: 1 });
    expect(boundedDistance("netflx", "netflix", 1).whole).toBe(1);
    expect(boundedDistance("netlfix", "netflix", 1).whole).toBe(1);
    expect(boundedDistance("shuf", "schufa", 1).prefix).toBe(1);
    expect(boundedDistance("amazon", "schufa", 1).whole).toBe(2);
  });
});
