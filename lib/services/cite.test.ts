import { describe, expect, it } from "vitest";
import { citationAt, citeIn, locateQuote } from "./cite";

describe("locateQuote", () => {
  const text = "send it to us. Send it again, send it now.";

  it("finds a unique quote", () => {
    expect(locateQuote(text, "Send it again")).toEqual({ start: 15, end: 28 });
  });

  it("throws when the quote is missing", () => {
    expect(() => locateQuote(text, "send it later")).toThrow(/not found/);
  });

  it("throws when the quote is ambiguous and no occurrence is given", () => {
    expect(() => locateQuote(text, "send it")).toThrow(/occurs 2 times/);
  });

  it("picks the requested occurrence and rejects one that does not exist", () => {
    expect(locateQuote(text, "send it", 1)).toEqual({ start: 30, end: 37 });
    expect(() => locateQuote(text, "send it", 2)).toThrow(/not #2/);
  });

  it("rejects an empty quote", () => {
    expect(() => locateQuote(text, "")).toThrow(/Empty/);
  });
});

describe("citations", () => {
  it("carry the exact text at their range", () => {
    const c = citeIn("doc", "abc [email\u00a0protected] def", "[email\u00a0protected]");
    expect(c).toEqual({ document: "doc", start: 4, end: 21, quote: "[email\u00a0protected]" });
    expect(citationAt("doc", "abc def", 4, 7).quote).toBe("def");
  });
});
