import { describe, expect, it } from "vitest";
import { citationMatches, collectCitations } from "../citations";
import { documents } from "../documents/documents";
import { loadDocumentText } from "../documents/load";
import { extractPolicy } from "./extract";
import { proposeRecord } from "./propose-record";

const META = { documentId: "custom-1", serviceSlug: "example", serviceName: "Example", versionId: "v1", versionLabel: "Pasted 2025" };

describe("proposeRecord", () => {
  it("builds a service record whose citations point into the user's normalized text", () => {
    const x = extractPolicy(
      'Privacy\r\nYou may request a copy of your personal data by emailing privacy@example.org with the subject "Access Request". We will respond within 30 days with a CSV file.\r\nWe are not currently governed by the CCPA.\r\nEffective Date: 2024-02-29',
      { format: "text" },
    );
    const record = proposeRecord(x, META);
    const cited = collectCitations(record);
    expect(cited.length).toBeGreaterThan(4);
    for (const { citation } of cited) {
      expect(citation.document).toBe("custom-1");
      expect(citationMatches(citation, x.text)).toBe(true);
    }
    expect(record.channels).toEqual([expect.objectContaining({ kind: "email", address: "privacy@example.org", purposes: ["privacy-requests"] })]);
    expect(record.timelines).toEqual([expect.objectContaining({ statedByPolicy: true, what: "access", days: 30, format: "CSV" })]);
    expect(record.howToAsk.subjectLine?.value).toBe("Access Request");
    expect(record.applicability).toContainEqual(expect.objectContaining({ regimes: ["ccpa"], stance: "not-governed" }));
    expect(record.effectiveDate).toMatchObject({ date: "2024-02-29", kind: "effective" });
  });

  it("says the law supplies the timeline when the text states none, and notes hidden addresses", () => {
    const record = proposeRecord(extractPolicy("Contact [email protected] about your rights.", { format: "text" }), META);
    expect(record.timelines).toEqual([expect.objectContaining({ statedByPolicy: false, what: "all-requests" })]);
    expect(record.notes.join(" ")).toMatch(/hides 1 email address/);
    expect(record.channels).toEqual([]);
  });

  it.each(documents.map((d) => [d.id] as const))("%s: every proposed citation matches the stored document", (id) => {
    const text = loadDocumentText(id);
    const x = extractPolicy(text, { format: "markdown" });
    expect(x.text).toBe(text); // the seeds need no normalizing, so proposals can cite them directly
    for (const { citation } of collectCitations(proposeRecord(x, { ...META, documentId: id }))) {
      expect(citationMatches(citation, text)).toBe(true);
    }
  });
});
