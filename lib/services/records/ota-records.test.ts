import { describe, expect, it } from "vitest";
import { citationMatches, collectCitations } from "../citations";
import { otaDocuments } from "../documents/ota";
import { loadDocumentText } from "../documents/load";
import { otaServices } from "../ota-services";
import { loadOtaCorrections, loadOtaRecords, readOtaRecordData } from "./ota-records";

// The service-records check for the Open Terms Archive captures: every quote verbatim in its capture,
// and the facts a reader follows (addresses, links, entities) visible in the sentence cited for them.

const records = loadOtaRecords();
const plain = (s: string) => s.replace(/\u00a0/g, " ");

describe("records of the Open Terms Archive captures", () => {
  it("has one record per capture, 81 in all, for 41 services", () => {
    expect(records.map((r) => r.documentId).sort()).toEqual(otaDocuments.map((d) => d.id).sort());
    expect(records).toHaveLength(81);
    expect(new Set(records.map((r) => r.serviceSlug)).size).toBe(otaServices.length);
  });

  it.each(records.map((r) => [r.documentId, r] as const))("%s: every quote is the capture's text at its range", (_id, record) => {
    const cited = collectCitations(record);
    expect(cited.length).toBeGreaterThan(0);
    for (const { path, citation } of cited) {
      expect(citation.document, path).toBe(record.documentId);
      expect(citationMatches(citation, loadDocumentText(citation.document)), path).toBe(true);
    }
  });

  it("shows each address, link and named entity in the sentence cited for it", () => {
    for (const r of records) {
      for (const c of r.channels) {
        const shown = c.kind === "email" ? c.address.toLowerCase() : c.kind === "web" ? c.url : null;
        if (shown) expect(c.citation.quote.toLowerCase(), `${r.documentId} ${shown}`).toContain(shown.toLowerCase());
      }
      for (const p of r.selfService) if (p.url) expect(p.citation.quote, `${r.documentId} ${p.url}`).toContain(p.url);
      if (r.legalEntity?.name) expect(plain(r.legalEntity.citation.quote), r.documentId).toContain(r.legalEntity.name);
    }
  });

  it("dates most records by the date their text states, cited", () => {
    const withDates = records.filter((r) => r.effectiveDate);
    expect(withDates.length).toBeGreaterThan(50);
    for (const r of withDates) expect(r.effectiveDate?.citation.quote).toMatch(/\d/);
  });

  it("keeps a correction list for every record: what the extractor proposed, what is right, why", () => {
    const all = loadOtaCorrections();
    expect(all.filter((c) => c.corrections.length > 0).length).toBeGreaterThan(75);
    for (const { documentId, corrections } of all) {
      for (const c of corrections) expect(c.why.length, documentId).toBeGreaterThan(10);
    }
  });

  it("names the controller of the big consumer services", () => {
    const entity = (id: string) => readOtaRecordData(id).legalEntity?.name;
    expect(entity("google-2026-06-24")).toBe("Google Ireland Limited");
    expect(entity("whatsapp-2025-09-23")).toBe("WhatsApp Ireland Limited");
    expect(entity("tiktok-2026-08-17")).toBe("TikTok Technology Limited");
    expect(entity("twitter-2026-07-16")).toBe("X Internet Unlimited Company");
    expect(entity("linkedin-2026-02-20")).toBe("LinkedIn Ireland Unlimited Company");
  });
});
