import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput, minimalRecord } from "./fixtures";

// What the December 2026 legal review (issue 13) requires letters to ask.
describe("letters after the legal review", () => {
  it("GDPR access asks for the recipients by name, not only their categories (CJEU C-154/21)", () => {
    const letter = composeLetter(letterInput({ regime: "eu-gdpr" }));
    expect(letter.body).toContain("named individually (Art. 15(1)(c))");
    expect(letter.body).toContain("CJEU C-154/21, Österreichische Post");
    const de = composeLetter(letterInput({ regime: "eu-gdpr", language: "de" }));
    expect(de.body).toContain("EuGH C-154/21");
  });

  it("Utah deletion asks for the data the consumer provided (Utah Code §13-61-201(2))", () => {
    const letter = composeLetter(letterInput({ regime: "us-ut", rights: ["deletion"], specifics: { deletion: { scope: "account" } } }));
    expect(letter.body).toContain("all personal information concerning me that I have provided to you");
    expect(letter.body).not.toContain("that you hold");
  });

  it("a GDPR objection gives the person's own grounds (Art. 21(1)); direct marketing needs none (Art. 21(2)-(3))", () => {
    const grounds = "The profiling reveals my health condition to advertisers.";
    const both = composeLetter(letterInput({ regime: "eu-gdpr", rights: ["objection"], specifics: { objection: { directMarketing: true, grounds } } }));
    expect(both.body).toContain("On grounds relating to my particular situation");
    expect(both.body).toContain(grounds);
    expect(both.body).toContain("compelling legitimate grounds");
    expect(both.body).toContain("This objection needs no reasons: please stop that processing (Art. 21(2)-(3) GDPR)");
    const marketingOnly = composeLetter(letterInput({ regime: "eu-gdpr", rights: ["objection"], specifics: { objection: { directMarketing: true } } }));
    expect(marketingOnly.body).not.toContain("particular situation");
  });

  it("Oregon access asks for the list of specific third parties (ORS 646A.574(1)(a)(B))", () => {
    const letter = composeLetter(letterInput({ regime: "us-or" }));
    expect(letter.body).toContain("specific third parties");
  });

  it("a UK letter announces the complaint to the controller before the ICO (DPA 2018 s. 164A)", () => {
    const letter = composeLetter(letterInput());
    expect(letter.body.indexOf("s. 164A)")).toBeLessThan(letter.body.indexOf("Information Commissioner's Office (ICO)."));
  });

  it("names the state authority and the complaint provision for a US state (Mont. Code Ann. §30-14-2817)", () => {
    const letter = composeLetter(letterInput({ regime: "us-mt", service: minimalRecord() }));
    expect(letter.body).toContain("(Mont. Code Ann. §30-14-2817): Montana Department of Justice, Office of Consumer Protection.");
  });
});

describe("no dead ends: a letter under the service's own commitments", () => {
  const letter = composeLetter(letterInput({ regime: "commitments", service: minimalRecord(), date: "2026-12-02" }));

  it("says plainly that no statutory deadline backs the 30 days", () => {
    expect(letter.body).toContain("no statutory deadline backs the date below");
    expect(letter.body).toContain("the commitments in your own privacy policy");
    expect(letter.dueDate).toBe("2027-01-01");
  });

  it("threatens no supervisory authority", () => {
    expect(letter.body).not.toContain("supervisory authority");
    expect(letter.body).toContain("consumer-protection body");
  });
});
