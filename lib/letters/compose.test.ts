import { describe, expect, it } from "vitest";
import { computeDeadlines } from "@/lib/law/deadlines";
import { composeLetter } from "./compose";
import { letterInput, minimalRecord, version } from "./fixtures";
import { buildMailto } from "./mailto";

describe("composeLetter: Netflix access from the UK", () => {
  const letter = composeLetter(letterInput());

  it("cites Art. 15 UK GDPR and writes to Netflix's privacy office", () => {
    expect(letter.legalBasis).toEqual([{ right: "access", citation: "Art. 15 UK GDPR" }]);
    expect(letter.subject).toBe("Request for access under Art. 15 UK GDPR");
    expect(letter.to).toMatchObject({ email: "privacy@netflix.com", entity: "Netflix", selfServiceUrl: "https://www.netflix.com/account/getmyinfo" });
    expect(letter.from).toEqual({ name: "Alice Example", email: "alice@example.co.uk" });
  });

  it("states the due date from computeDeadlines, rolled off the weekend", () => {
    const expected = computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: "2026-09-03" });
    expect(letter.dueDate).toBe(expected.respondBy);
    expect(letter.dueDate).toBe("2026-10-05"); // 3 October 2026 is a Saturday
    expect(letter.dueDates).toEqual([expect.objectContaining({ right: "access", respondBy: "2026-10-05", estimate: false })]);
    expect(letter.body).toContain("at the latest by 5 October 2026 (Art. 12(3), Art. 12A UK GDPR;");
    expect(letter.body).not.toContain("I have calculated");
    expect(letter.dateText).toBe("3 September 2026");
  });

  it("asks for everything Art. 15 entitles the person to, point by point, and a copy", () => {
    for (const point of ["a", "b", "c", "d", "e", "f", "g", "h"]) expect(letter.body).toContain(`(${point}) `);
    for (const point of ["a", "b", "c", "d", "e", "f", "g", "h"]) expect(letter.body).toContain(`(Art. 15(1)(${point}))`);
    expect(letter.body).toMatch(/the purposes of the processing/);
    expect(letter.body).toMatch(/envisaged period for which the data will be stored/);
    expect(letter.body).toMatch(/any available information as to their source/);
    expect(letter.body).toContain("a copy of the personal data undergoing processing, in a commonly used electronic form (Art. 15(3) UK GDPR)");
    expect(letter.body).toContain("free of charge for me (Art. 12(5) UK GDPR)");
    // DPA 2018 s. 164A (DUAA 2025): a complaint to the controller comes before one to the ICO.
    expect(letter.body).toContain("I will first complain to you about the handling of my request (Data Protection Act 2018 s. 164A)");
    expect(letter.body).toContain("supervisory authority (Art. 77 UK GDPR; Data Protection Act 2018 ss. 164A, 165): Information Commissioner's Office (ICO).");
    expect(letter.body.startsWith("Dear Sir or Madam,\n\n")).toBe(true);
    expect(letter.headings).toEqual([]); // the subject already says it
    expect(letter.body).not.toContain("\nRequest for access under");
    expect(letter.body.endsWith("Yours faithfully,\nAlice Example")).toBe(true);
  });

  it("gives only the identifier Netflix needs, and warns that the policy names no entity", () => {
    const withExtras = composeLetter(
      letterInput({ requester: { name: "Alice Example", email: "alice@example.co.uk", username: "alice99", postalAddress: "1 High St\nLondon" } }),
    );
    expect(withExtras.body).toContain("– Email address of my account: alice@example.co.uk");
    expect(withExtras.body).not.toContain("alice99");
    expect(withExtras.body).not.toContain("High St");
    expect(withExtras.from.postal).toBe("1 High St\nLondon");
    expect(letter.warnings).toEqual([expect.stringContaining("https://help.netflix.com/legal/corpinfo")]);
  });
});

describe("composeLetter: Netflix correction from California", () => {
  const letter = composeLetter(
    letterInput({
      regime: "ccpa",
      rights: ["correction"],
      requester: { name: "Carol Example", email: "carol@example.com" },
      specifics: {
        correction: [
          { field: "Name", currentValue: "Carl Example", correctValue: "Carol Example" },
          { field: "Country", currentValue: "", correctValue: "United States" },
        ],
      },
    }),
  );

  it("cites §1798.106 and answers within 45 days, with the 10-business-day acknowledgement", () => {
    expect(letter.legalBasis).toEqual([{ right: "correction", citation: "Cal. Civ. Code §1798.106" }]);
    expect(letter.dueDate).toBe("2026-10-19");
    expect(letter.dueDates[0]).toMatchObject({ acknowledgeBy: "2026-09-21", citation: "Cal. Civ. Code §1798.130(a)(2)(A); 11 CCR §7021(b)" });
    expect(letter.body).toContain("at the latest by 19 October 2026 (Cal. Civ. Code §1798.130(a)(2)(A); 11 CCR §7021(b))");
    expect(letter.body).toContain("Please confirm receipt of this request by 21 September 2026 (11 CCR §7021(a)).");
    expect(letter.body).toContain("I have calculated the dates"); // business days are the product's reading
  });

  it("lists each field with its current and correct value", () => {
    expect(letter.body).toContain('– Name: should read "Carol Example" (currently "Carl Example")');
    expect(letter.body).toContain('– Country: should read "United States"\n');
    expect(letter.body).toContain("as a consumer under the California Consumer Privacy Act (CCPA)");
    expect(letter.body).toContain(": California Privacy Protection Agency (CPPA).");
  });
});

describe("composeLetter: Trakt 2022 portability from France", () => {
  const input = letterInput({
    service: version("trakt", "2022-03-29"),
    regime: "eu-gdpr",
    rights: ["portability"],
    requester: { name: "Fleur Exemple", email: "fleur@example.fr" },
    specifics: { portability: { format: "json" } },
    requesterCountry: "FR",
  });
  const letter = composeLetter(input);

  it("asks for a structured, machine-readable copy in the chosen format under Art. 20", () => {
    expect(letter.legalBasis).toEqual([{ right: "portability", citation: "Art. 20 GDPR" }]);
    expect(letter.body).toContain("structured, commonly used and machine-readable format, preferably as JSON (Art. 20 GDPR)");
    expect(letter.to).toMatchObject({ email: "support@trakt.tv", entity: "trakt, inc." });
    expect(letter.body).toContain(": Commission Nationale de l'Informatique et des Libertés (CNIL).");
  });

  it("quotes what the record says about the GDPR and carries no CCPA disclaimer", () => {
    expect(letter.body).toContain("Your own privacy policy (version of 29 March 2022) says so itself:");
    expect(letter.body).toContain("laws applicable to residents of California and other US states, Canada, and the EEA and UK.");
    expect(letter.warnings.join("\n")).not.toMatch(/CCPA/);
    expect(letter.warnings).toContainEqual(expect.stringMatching(/hides its address; support@trakt\.tv is taken from another version \(assumed\)/));
  });

  it("warns of the CCPA disclaimer in a Californian's letter, and does not quote the policy there", () => {
    const ccpa = composeLetter({ ...input, regime: "ccpa", rights: ["deletion"], requesterCountry: undefined });
    expect(ccpa.warnings[0]).toMatch(/^Trakt says it is not governed by the CCPA: "NOTE THAT TRAKT IS NOT CURRENTLY GOVERNED BY THE CCPA/);
    expect(ccpa.body).not.toContain("Your own privacy policy");
    // §1798.105(a): information "which the business has collected from the consumer", not all it holds.
    expect(ccpa.body).toContain(
      "Please delete all personal information concerning me that you have collected from me, and close my account (Cal. Civ. Code §1798.105).",
    );
    expect(ccpa.body).toContain("notify your service providers and contractors to delete my personal information");
    expect(ccpa.body).toContain("(Cal. Civ. Code §1798.105(c)(1); 11 CCR §7022(b))");
  });
});

describe("composeLetter: several rights", () => {
  it("writes one numbered section per right, with one due date when they agree", () => {
    const letter = composeLetter(
      letterInput({
        regime: "eu-gdpr",
        rights: ["access", "deletion", "portability"],
        specifics: { deletion: { scope: "parts", parts: "My viewing history\nMy profile photo" } },
      }),
    );
    expect(letter.legalBasis.map((b) => b.citation)).toEqual(["Art. 15 GDPR", "Art. 17 GDPR", "Art. 20 GDPR"]);
    expect(letter.body).toContain("1. Request for access under Art. 15 GDPR");
    expect(letter.body).toContain("2. Request for erasure under Art. 17 GDPR");
    expect(letter.body).toContain("3. Request for data portability under Art. 20 GDPR");
    expect(letter.headings).toEqual([
      "1. Request for access under Art. 15 GDPR",
      "2. Request for erasure under Art. 17 GDPR",
      "3. Request for data portability under Art. 20 GDPR",
    ]);
    expect(letter.body).toContain("the following personal data concerning me (Art. 17 GDPR):\n\nMy viewing history\nMy profile photo");
    expect(letter.body).toContain("(Art. 19 GDPR)");
    expect(letter.subject).toBe(
      "Request for access under Art. 15 GDPR; Request for erasure under Art. 17 GDPR; Request for data portability under Art. 20 GDPR",
    );
    expect(new Set(letter.dueDates.map((d) => d.respondBy)).size).toBe(1);
    expect(letter.body.match(/at the latest by/g)).toHaveLength(1);
  });

  it("dates each right where the law gives them different periods, and takes the latest as the letter's", () => {
    const letter = composeLetter(letterInput({ regime: "ccpa", rights: ["opt-out-sale", "access"] }));
    expect(letter.dueDates.map((d) => [d.right, d.respondBy])).toEqual([
      ["opt-out-sale", computeDeadlines({ regime: "ccpa", right: "opt-out-sale", receivedOn: "2026-09-03" }).respondBy],
      ["access", "2026-10-19"],
    ]);
    expect((letter.dueDates[0]?.respondBy ?? "") < "2026-10-19").toBe(true);
    expect(letter.dueDate).toBe("2026-10-19");
    expect(letter.body).toContain("at the latest by these dates:\n– Request to opt out of sale and sharing under Cal. Civ. Code §1798.120: at the latest by");
    expect(letter.body).toContain("Request to know under Cal. Civ. Code §1798.100, §1798.110, §1798.115: at the latest by 19 October 2026");
    expect(letter.body).toContain("the specific pieces of personal information you have collected about me (§1798.110(a)(5))");
  });
});

describe("composeLetter: a custom service with minimal data", () => {
  it("composes without an address, falls back to the service's name and offers no mailto", () => {
    const letter = composeLetter(letterInput({ service: minimalRecord(), regime: "pipeda", rights: ["access"] }));
    expect(letter.to).toEqual({ entity: "Corner Shop" });
    expect(letter.legalBasis).toEqual([{ right: "access", citation: "PIPEDA s. 8; Schedule 1, Principle 4.9" }]);
    expect(letter.warnings).toContain("The policy gives neither an email nor a postal address for requests: find a contact before sending.");
    expect(buildMailto(letter)).toEqual({ href: null, length: 0, tooLong: false });
  });

  it("neutralises a pasted policy's subject line and refuses its malformed address", () => {
    const record = minimalRecord({
      channels: [
        {
          kind: "email",
          address: "help@shop.example\r\nBcc: x@evil.example",
          purposes: ["privacy-requests"],
          provenance: { kind: "shown" },
          citation: { document: "d", start: 0, end: 1, quote: "x" },
        },
      ],
      howToAsk: {
        subjectLine: { value: "Privacy\r\nBcc: x@evil.example", citation: { document: "d", start: 0, end: 1, quote: "x" } },
        fromAccountEmail: null,
        include: [],
        instructions: [],
      },
    });
    const letter = composeLetter(letterInput({ service: record, regime: "uk-gdpr" }));
    expect(letter.subject).toBe("Privacy Bcc: x@evil.example");
    expect(letter.to.email).toBeUndefined();
    expect(letter.warnings.some((w) => w.includes("is not a usable email address"))).toBe(true);
  });
});
