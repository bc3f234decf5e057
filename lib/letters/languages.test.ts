import { describe, expect, it } from "vitest";
import { acceptedLanguages, letterLanguageFromCode, offeredLanguages } from "./languages";

describe("letter languages", () => {
  it("reads the browser's languages by weight, ignoring malformed tags", () => {
    expect(acceptedLanguages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual(["fr-CH", "fr", "en", "de"]);
    expect(acceptedLanguages("en;q=0.1, pl")).toEqual(["pl", "en"]);
    expect(acceptedLanguages("x\u0000y, ;q=1, de;q=0")).toEqual([]);
    expect(acceptedLanguages(null)).toEqual([]);
  });

  it("tells European from Brazilian Portuguese by region or country", () => {
    expect(letterLanguageFromCode("pt-BR")).toBe("pt-BR");
    expect(letterLanguageFromCode("pt", "BR")).toBe("pt-BR");
    expect(letterLanguageFromCode("pt", "PT")).toBe("pt-PT");
    expect(letterLanguageFromCode("de-AT")).toBe("de");
    expect(letterLanguageFromCode("sv")).toBeUndefined();
  });

  it("offers the company's language, then the requester's, then the country's, then the rest", () => {
    const offers = offeredLanguages({ requester: ["pl-PL", "en"], company: "fr", country: "NL" });
    expect(offers.slice(0, 4)).toEqual([
      { language: "fr", why: ["company"] },
      { language: "pl", why: ["requester"] },
      { language: "en", why: ["requester"] },
      { language: "nl", why: ["country"] },
    ]);
    expect(offers).toHaveLength(9);
    expect(offeredLanguages({ country: "CA", state: "QC" })[0]).toEqual({ language: "fr", why: ["country"] });
  });
});
