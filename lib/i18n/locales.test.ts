import { describe, expect, it } from "vitest";
import { isLocaleTag, matchLocale, parseAcceptLanguage, resolveLocale } from "./locales";

const supported = ["en", "de"];

describe("parseAcceptLanguage", () => {
  it("orders by quality, keeping the browser's order on ties, and drops q=0", () => {
    expect(parseAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual(["fr-CH", "fr", "en", "de", "*"]);
    expect(parseAcceptLanguage("de;q=0.5,en;q=0.9")).toEqual(["en", "de"]);
    expect(parseAcceptLanguage("de;q=0, en")).toEqual(["en"]);
    expect(parseAcceptLanguage("de;q=abc, en")).toEqual(["en"]);
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });

  it("reads a hostile header in bounded time", () => {
    const started = performance.now();
    expect(parseAcceptLanguage("x;q=1,".repeat(200_000)).length).toBeLessThanOrEqual(30);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("matchLocale", () => {
  it("matches exactly, then by language", () => {
    expect(matchLocale("de-DE", supported)).toBe("de");
    expect(matchLocale("DE", supported)).toBe("de");
    expect(matchLocale("en-US", supported)).toBe("en");
    expect(matchLocale("pt-BR", ["en", "pt-BR"])).toBe("pt-BR");
    expect(matchLocale("pt", ["en", "pt-BR"])).toBe("pt-BR");
    expect(matchLocale("fr", supported)).toBeNull();
    expect(matchLocale("*", supported)).toBeNull();
  });
});

describe("resolveLocale", () => {
  it("takes the switcher's cookie first", () => {
    expect(resolveLocale({ cookie: "en", acceptLanguage: "de-DE,de;q=0.9" }, supported)).toBe("en");
    expect(resolveLocale({ cookie: "de", acceptLanguage: "en-US" }, supported)).toBe("de");
  });

  it("ignores a cookie it does not support and reads the browser's languages", () => {
    expect(resolveLocale({ cookie: "xx", acceptLanguage: "de-DE,de;q=0.9,en;q=0.8" }, supported)).toBe("de");
    expect(resolveLocale({ cookie: "", acceptLanguage: "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7" }, supported)).toBe("de");
  });

  it("falls back to English", () => {
    expect(resolveLocale({}, supported)).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,ja;q=0.5" }, supported)).toBe("en");
    expect(resolveLocale({ acceptLanguage: "*" }, supported)).toBe("en");
  });
});

describe("isLocaleTag", () => {
  it("accepts folder names that are locale tags only", () => {
    expect(["en", "de", "pt-BR", "zh-Hant-TW"].every(isLocaleTag)).toBe(true);
    expect(["", "EN", "../x", "en_US", "node_modules"].some(isLocaleTag)).toBe(false);
  });
});
