import { describe, expect, it } from "vitest";
import { excerpt, regimesLabel } from "./labels";
import { citationHref, parseRange, serviceHref } from "./links";

describe("links", () => {
  it("links a citation to its sentence in the policy page", () => {
    expect(citationHref({ document: "trakt-2018-09-13", start: 10, end: 42, quote: "x" })).toBe("/services/trakt/policy/2018-09-13?start=10&end=42#cited");
    expect(() => citationHref({ document: "nope", start: 0, end: 1, quote: "x" })).toThrow();
    expect(serviceHref("trakt", "undated")).toBe("/services/trakt?version=undated");
  });

  it("accepts only a sane range from the query string", () => {
    expect(parseRange("3", "9", 100)).toEqual({ start: 3, end: 9 });
    expect(parseRange("9", "3", 100)).toBeNull();
    expect(parseRange("3", "101", 100)).toBeNull();
    expect(parseRange("-1", "5", 100)).toBeNull();
    expect(parseRange(["1"], "5", 100)).toBeNull();
    expect(parseRange("1e2", "500", 1000)).toBeNull();
    expect(parseRange(undefined, undefined, 100)).toBeNull();
  });
});

describe("labels", () => {
  it("shortens long quotes at a word and names regimes", () => {
    expect(excerpt("short")).toBe("short");
    const long = excerpt("word ".repeat(40), 20);
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(21);
    expect(regimesLabel([])).toBe("No law named");
    expect(regimesLabel(["eu-gdpr", "pipeda"])).toBe("EU GDPR, PIPEDA (Canada)");
  });
});
