import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { evidenceBlocks, type EvidenceInput } from "./evidence-blocks";
import { buildEvidencePdf, layoutEvidence } from "./evidence-pdf";

const input: EvidenceInput = {
  generatedOn: "2026-12-20",
  serviceName: "Netflix",
  lawLabel: "UK GDPR",
  rightsLabel: "Access (a copy of my data)",
  recipient: "privacy@netflix.com",
  requesterName: "Jane Doe",
  status: "Complaint filed",
  deadline: {
    dueDate: "2026-12-03",
    kind: "response",
    estimate: false,
    steps: [{ rule: "Counted from 2026-09-03: 2026-12-03", citation: "UK GDPR Art. 12(3)", estimate: false }],
  },
  timeline: [
    { on: "2026-09-03", title: "You sent the request", recordedBy: "user", recordedAt: new Date("2026-09-03T10:04:00Z"), undone: false },
    { on: "2026-09-20", title: "They refused", detail: "Excessive", recordedBy: "user", recordedAt: new Date("2026-09-20T08:00:00Z"), undone: true },
    { on: "2026-09-28", title: "They claimed an extension", recordedBy: "user", recordedAt: new Date("2026-09-28T08:00:00Z"), undone: false },
  ],
  letters: [
    {
      title: "The request as sent",
      date: "2026-09-03",
      subject: "Access request",
      body: "Dear Sir or Madam,\n\nPlease give me my data.\n\nYours faithfully,\nJane Doe",
    },
    {
      title: "Reminder as sent",
      date: "2026-12-04",
      subject: "Reminder: Access request",
      body: Array.from({ length: 120 }, (_, i) => `Line ${i + 1} of a long letter.`).join("\n"),
    },
  ],
  notes: [{ createdAt: new Date("2026-10-01T09:30:00Z"), body: "Called support; they said “next week”." }],
};

describe("evidence bundle", () => {
  it("lists the deadline's rule, the dated timeline with who recorded what and when, the notes and the letters", () => {
    const text = evidenceBlocks(input)
      .map((block) => ("text" in block ? block.text : ""))
      .join("\n");
    expect(text).toContain("Answer due: Thursday, 3 December 2026");
    expect(text).toContain("1. Counted from 2026-09-03: 2026-12-03. Source: UK GDPR Art. 12(3)");
    expect(text).toContain("Thursday, 3 September 2026: You sent the request\nRecorded by the requester on 2026-09-03 10:04 UTC");
    expect(text).toContain("Sunday, 20 September 2026: They refused: Excessive [later undone: recorded by mistake]");
    expect(text).toContain("Written 2026-10-01 09:30 UTC\nCalled support");
    expect(text.indexOf("The request as sent")).toBeLessThan(text.indexOf("Reminder as sent"));
  });

  it("lists each reply with its date, sender, subject, hash and files", () => {
    const replies = [
      {
        sentAt: new Date("2026-11-24T09:15:00Z"),
        receivedAt: new Date("2026-11-25T08:00:00Z"),
        source: "upload",
        from: "privacy@netflix.com",
        subject: "Your data",
        sha256: "ab".repeat(32),
        size: 2048,
        attachments: [{ filename: "export.zip", size: 900, sha256: "cd".repeat(32), entries: 4 }],
      },
    ];
    const text = evidenceBlocks({ ...input, replies })
      .map((block) => ("text" in block ? block.text : ""))
      .join("\n");
    expect(text).toContain("Reply 1: Your data\nDate: 2026-11-24 09:15 UTC; from: privacy@netflix.com");
    expect(text).toContain(`SHA-256 ${"ab".repeat(32)}`);
    expect(text).toContain(`Attachment export.zip: 900 bytes, archive of 4 entries, SHA-256 ${"cd".repeat(32)}`);
  });

  it("breaks long letters over pages inside the margins", () => {
    const pages = layoutEvidence(evidenceBlocks(input), (text, style) => text.length * style.size * 0.5);
    expect(pages.length).toBeGreaterThan(1);
    for (const line of pages.flat()) expect(line.y).toBeGreaterThanOrEqual(56);
  });

  it("writes a PDF that pdf-lib loads back, with a page count to match", async () => {
    const pdf = await PDFDocument.load(await buildEvidencePdf(input));
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe("Evidence file: request to Netflix");
  });
});
