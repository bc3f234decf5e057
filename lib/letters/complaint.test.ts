import { describe, expect, it } from "vitest";
import { composeComplaint, type ComplaintInput } from "./complaint";

const base: ComplaintInput = {
  language: "en",
  regime: "eu-gdpr",
  rights: ["access"],
  date: "2026-12-20",
  authority: { name: "Autoriteit Persoonsgegevens" },
  requester: { name: "Jane Doe", email: "jane@example.org", postalAddress: "1 Main St\nBerlin" },
  controller: { name: "Netflix International B.V." },
  original: { subject: "Request for access", sentOn: "2026-09-03" },
  deadline: { dueDate: "2026-12-03", citation: "GDPR Art. 12(3)" },
  outcome: "no-answer",
  reminders: ["2026-12-04"],
  timeline: [
    { on: "2026-09-03", kind: "sent" },
    { on: "2026-09-28", kind: "extension-claimed" },
    { on: "2026-12-04", kind: "follow-up-sent" },
  ],
};

describe("composeComplaint", () => {
  it("lodges a GDPR complaint with the facts in order, the missed deadline and the enclosure", () => {
    const letter = composeComplaint(base);
    expect(letter.to).toEqual({ entity: "Autoriteit Persoonsgegevens" });
    expect(letter.subject).toBe("Complaint about Netflix International B.V.: my data protection request");
    expect(letter.body).toContain("I hereby lodge a complaint against Netflix International B.V. (Art. 77(1), Art. 56 GDPR).");
    expect(letter.body).toContain("(Art. 15 GDPR)");
    expect(letter.body).toContain(
      "The period for an answer ended on 3 December 2026 (Art. 12(3) GDPR). I have not received an answer. I reminded them on 4 December 2026, without result.",
    );
    expect(letter.body).toContain(
      "What happened, by date:\n– 3 September 2026: I sent the request\n– 28 September 2026: they extended the period for their answer\n– 4 December 2026: I sent a reminder",
    );
    expect(letter.body).toContain("Enclosed is an evidence file");
    expect(letter.body).toContain("You can reach me at:\njane@example.org\n1 Main St, Berlin");
  });

  it("quotes a refusal and lists an answer's gaps; the CCPA wording addresses the agency", () => {
    const refused = composeComplaint({
      ...base,
      regime: "ccpa",
      authority: { name: "California Privacy Protection Agency (CPPA)" },
      outcome: "refused",
      refusal: { on: "2026-10-01", reason: "Not a resident" },
      reminders: [],
    });
    expect(refused.body).toContain(
      "a business subject to the California Consumer Privacy Act (Cal. Civ. Code §1798.199.45 (complaints to the Agency); §1798.199.90 (Attorney General))",
    );
    expect(refused.body).toContain('On 1 October 2026 they refused the request, giving this reason: "Not a resident". I consider the refusal unfounded.');
    const partial = composeComplaint({
      ...base,
      language: "de",
      outcome: "partial",
      answeredOn: "2026-10-10",
      missing: [{ ask: "die Speicherdauer", citation: "GDPR Art. 15(1)(d)" }],
    });
    expect(partial.body).toContain("hiermit erhebe ich Beschwerde gegen Netflix International B.V. (Art. 77 Abs. 1, Art. 56 DSGVO).");
    expect(partial.body).toContain(
      "Am 10. Oktober 2026 kam eine Antwort, der jedoch fehlt, was das Gesetz verlangt:\n– die Speicherdauer (Art. 15 Abs. 1 lit. d DSGVO)",
    );
  });
});
