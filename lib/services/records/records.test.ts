import { describe, expect, it } from "vitest";
import { citationMatches, collectCitations } from "../citations";
import { allDocuments, getDocument } from "../documents/documents";
import { loadDocumentText } from "../documents/load";
import { decodeCloudflareEmail } from "../extractor/cloudflare-email";
import type { EmailChannel } from "../types";
import { policyRecords } from ".";

describe("every citation of every curated record", () => {
  it("covers every stored document, seeds and captures", () => {
    expect(policyRecords.map((r) => r.documentId).sort()).toEqual(allDocuments.map((d) => d.id).sort());
  });

  for (const record of policyRecords) {
    const cited = collectCitations(record);

    it(`${record.documentId}: quotes equal the document text at their range (${cited.length} citations)`, () => {
      // The seeds are read in full; a capture's record may hold fewer facts, but never none.
      expect(cited.length).toBeGreaterThan(getDocument(record.documentId).ordering.by === "capture-date" ? 0 : 8);
      for (const { path, citation } of cited) {
        const text = loadDocumentText(citation.document);
        expect(text.slice(citation.start, citation.end), path).toBe(citation.quote);
        expect(citationMatches(citation, text), path).toBe(true);
      }
    });

    it(`${record.documentId}: cites only its own document, except where an address comes from another version`, () => {
      for (const { path, citation } of cited) {
        if (citation.document !== record.documentId) expect(path).toMatch(/\.provenance\.source$/);
      }
    });

    it(`${record.documentId}: matches the manifest`, () => {
      const doc = getDocument(record.documentId);
      expect(record.serviceSlug).toBe(doc.serviceSlug);
      expect(record.versionId).toBe(doc.versionId);
      expect(record.versionLabel).toBe(doc.versionLabel);
      // A capture's manifest knows only the capture day; the date the policy states is a cited fact of its record.
      if (doc.ordering.by !== "capture-date") expect(record.effectiveDate?.date ?? null).toBe(doc.effectiveDate);
    });
  }
});

describe("email provenance", () => {
  const emails = policyRecords.flatMap((r) => r.channels.filter((c): c is EmailChannel => c.kind === "email"));

  it("decodes every Cloudflare-protected address to the recorded one, from the cited text", () => {
    const decoded = emails.filter((e) => e.provenance.kind === "cloudflare-decoded");
    expect(decoded).toHaveLength(4);
    for (const e of decoded) {
      if (e.provenance.kind !== "cloudflare-decoded") continue;
      expect(e.citation.quote).toContain(`email-protection#${e.provenance.encoded}`);
      expect(decodeCloudflareEmail(e.provenance.encoded)).toBe(e.address);
    }
  });

  it("shows a shown address in its quote, and a hidden one as redacted with its source cited", () => {
    for (const e of emails) {
      if (e.provenance.kind === "shown") expect(e.citation.quote.toLowerCase()).toContain(e.address.toLowerCase());
      if (e.provenance.kind === "from-other-version") {
        expect(e.citation.quote).toMatch(/\[email.protected\]/);
        expect(e.provenance.source.document).not.toBe(e.citation.document);
        const hex = /email-protection#([0-9a-f]+)/.exec(e.provenance.source.quote)?.[1] ?? "";
        expect(decodeCloudflareEmail(hex)).toBe(e.address);
      }
    }
  });
});
