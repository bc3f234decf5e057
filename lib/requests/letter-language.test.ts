import { describe, expect, it } from "vitest";
import { letterLanguageChoice } from "./letter-language";

const access = { rights: ["access" as const], location: { country: "FR" } };

describe("letterLanguageChoice", () => {
  it("starts in the company's language, then the requester's, never the country's alone", () => {
    expect(letterLanguageChoice(access, { acceptLanguage: "en-US", companyLanguage: "fr" }).chosen).toBe("fr");
    expect(letterLanguageChoice(access, { acceptLanguage: "pl-PL,pl;q=0.9" }).chosen).toBe("pl");
    expect(letterLanguageChoice(access, { acceptLanguage: "en-US" }).chosen).toBe("en");
  });

  it("keeps the user's choice over any suggestion", () => {
    expect(letterLanguageChoice({ ...access, language: "nl" }, { acceptLanguage: "fr", companyLanguage: "fr" }).chosen).toBe("nl");
  });

  it("offers only languages with a letter for the law: English and German for the CCPA", () => {
    const ccpa = letterLanguageChoice({ rights: ["access"], location: { country: "US", state: "CA" } }, { acceptLanguage: "fr-FR" });
    expect(ccpa.offers.map((o) => o.language)).toEqual(["en", "de"]);
    expect(ccpa.chosen).toBe("en");
  });
});
