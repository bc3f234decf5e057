import { describe, expect, it } from "vitest";
import { minimalRecord, version } from "@/lib/letters/fixtures";
import { establishmentOf, holidayRegionFor, holidayRegionOfRecord, holidayRegionOfRequest } from "./establishment";
import { deriveRequestState } from "./lifecycle";

describe("establishmentOf", () => {
  it("reads the main establishment from the lead authority the policy names (GDPR Art. 56(1))", () => {
    expect(establishmentOf(version("netflix", "2024-04-17"))).toBe("NL");
  });

  it("else from the country the postal address ends with", () => {
    expect(establishmentOf(version("netflix", "undated"))).toBe("US");
    const citation = version("netflix", "undated").postalAddress!.citation;
    const address = (text: string) => minimalRecord({ postalAddress: { address: text, citation } });
    expect(establishmentOf(address("Keizersgracht 1, 1015 CJ Amsterdam, The Netherlands"))).toBe("NL");
    expect(establishmentOf(address("1 Main St\nDublin 2\nIreland"))).toBe("IE");
    expect(establishmentOf(address("Somewhere"))).toBeUndefined();
  });

  it("counts the establishment's holidays for the EU GDPR only (Reg. 1182/71 Art. 3(4))", () => {
    expect(holidayRegionFor("eu-gdpr", "NL")).toBe("NL");
    expect(holidayRegionFor("ccpa", "NL")).toBeUndefined();
    expect(holidayRegionFor("eu-gdpr", undefined)).toBeUndefined();
  });

  it("dates a tracked request with the holidays of its catalogue record's establishment, as the letter does", () => {
    const facts = { regime: "eu-gdpr", rights: ["access"], sentOn: "2026-03-27", serviceRef: "netflix@2024-04-17" };
    expect(holidayRegionOfRequest(facts)).toBe("NL");
    // 27 April 2026 is King's Day in the Netherlands, a working day in Ireland.
    expect(deriveRequestState(facts, []).deadline.dueDate).toBe("2026-04-28");
    expect(deriveRequestState({ ...facts, serviceRef: "trakt@2022-03-29" }, []).deadline.dueDate).toBe("2026-04-27");
    expect(holidayRegionOfRecord("eu-gdpr", version("netflix", "2024-04-17"))).toBe("NL");
    expect(
      holidayRegionOfRecord("eu-gdpr", minimalRecord({ supervisoryAuthorities: version("netflix", "2024-04-17").supervisoryAuthorities })),
    ).toBeUndefined();
  });
});
