import { describe, expect, it } from "vitest";
import { buildEml } from "./eml";
import { composeFollowUp, type FollowUpInput } from "./follow-up";
import { buildPdf } from "./pdf";

const base: FollowUpInput = {
  kind: "overdue",
  language: "en",
  regime: "uk-gdpr",
  date: "2026-12-04",
  to: { email: "privacy@netflix.com", entity: "Netflix International B.V." },
  requester: { name: "Jane Doe", email: "jane@example.org" },
  original: { subject: "Right of access under Art. 15 UK GDPR", sentOn: "2026-09-03" },
  deadline: { dueDate: "2026-12-03", citation: "UK GDPR Art. 12(3), Art. 12A" },
  extensionClaimedOn: "2026-09-28",
  complaint: { authority: "Information Commissioner's Office (ICO)", citation: "UK GDPR Art. 77; Data Protection Act 2018 s. 165" },
};

describe("composeFollowUp", () => {
  it("reminds of the request, the extended deadline it missed and the complaint that follows", () => {
    const letter = composeFollowUp(base);
    expect(letter.subject).toBe("Reminder: Right of access under Art. 15 UK GDPR");
    expect(letter.body).toContain(
      'On 3 September 2026 I sent you a request under the UK GDPR and the Data Protection Act 2018, with the subject "Right of access under Art. 15 UK GDPR".',
    );
    expect(letter.body).toContain("On 28 September 2026 you extended the period for your answer.");
    expect(letter.body).toContain("The period for your answer ended on 3 December 2026 (Art. 12(3), Art. 12A UK GDPR).");
    expect(letter.body).toContain("at the latest by 18 December 2026.");
    expect(letter.body).toContain(
      "I will lodge a complaint with the Information Commissioner's Office (ICO) (Art. 77 UK GDPR; Data Protection Act 2018 s. 165).",
    );
    expect(letter.body.endsWith("Yours faithfully,\nJane Doe")).toBe(true);
  });

  it("lists what an incomplete answer lacks, in German with German citations", () => {
    const letter = composeFollowUp({
      ...base,
      kind: "incomplete",
      language: "de",
      regime: "eu-gdpr",
      answeredOn: "2026-11-01",
      missing: [{ ask: "die Verarbeitungszwecke", citation: "GDPR Art. 15(1)(a)" }],
      complaint: { authority: "Autoriteit Persoonsgegevens", citation: "GDPR Art. 77(1), Art. 56" },
    });
    expect(letter.subject).toBe("Unvollständige Antwort: Right of access under Art. 15 UK GDPR");
    expect(letter.body).toContain("am 3. September 2026 habe ich Ihnen einen Antrag nach der Datenschutz-Grundverordnung (DSGVO)");
    expect(letter.body).toContain("es fehlen noch:\n– die Verarbeitungszwecke (Art. 15 Abs. 1 lit. a DSGVO)");
    expect(letter.body).toContain("bei der zuständigen Aufsichtsbehörde (Autoriteit Persoonsgegevens) beschweren");
  });

  it("appeals a refusal under a US state law with the controller's time to decide", () => {
    const letter = composeFollowUp({
      ...base,
      kind: "appeal",
      regime: "us-va",
      extensionClaimedOn: undefined,
      refusal: { on: "2026-10-01", reason: "We could not verify you" },
      appeal: { citation: "Va. Code §59.1-577", days: 60 },
    });
    expect(letter.subject).toBe("Appeal: Right of access under Art. 15 UK GDPR");
    expect(letter.body).toContain('On 1 October 2026 you refused my request, giving this reason: "We could not verify you".');
    expect(letter.body).toContain("I hereby appeal that decision (Va. Code §59.1-577).");
    expect(letter.body).toContain("within 60 days");
    expect(() => composeFollowUp({ ...base, kind: "appeal" })).toThrow(/gives no appeal/);
  });

  it("refuses a signer whose address could add a header, and builds the .eml and PDF from the letter", async () => {
    expect(() => composeFollowUp({ ...base, requester: { name: "Jane", email: "jane@example.org\r\nBcc: x@example.org" } })).toThrow(/not a valid address/);
    const letter = composeFollowUp(base);
    expect(buildEml(letter)).toContain("Subject: Reminder: Right of access under Art. 15 UK GDPR");
    expect((await buildPdf(letter)).byteLength).toBeGreaterThan(1000);
  });
});
