import { PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput, version } from "./fixtures";
import { buildPdf, pdfUnsupportedCharacters } from "./pdf";
import { extractPdfText } from "./pdf-extract";

const drawnText = extractPdfText;

const german = composeLetter(
  letterInput({
    service: version("netflix", "undated"),
    regime: "eu-gdpr",
    rights: ["deletion", "correction"],
    language: "de",
    requester: { name: "Jörg Müßig", email: "joerg@example.de", postalAddress: "Hauptstraße 1\n10115 Berlin" },
    specifics: { deletion: { scope: "account" }, correction: [{ field: "Nachname", currentValue: "Musig", correctValue: "Müßig" }] },
  }),
);

describe("buildPdf", () => {
  it("writes an A4 PDF that pdf-lib loads back, with the letter's metadata", async () => {
    const bytes = await buildPdf(german);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe(german.subject);
    expect(doc.getAuthor()).toBe("Jörg Müßig");
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-09-03T12:00:00.000Z");
  });

  it("draws umlauts, ß and German quotes as themselves, with the address blocks, date and subject", async () => {
    const text = await drawnText(await buildPdf(german));
    for (const expected of [
      "Jörg Müßig",
      "Hauptstraße 1",
      "10115 Berlin",
      "Netflix, Inc.",
      "z. Hd. General Counsel",
      "privacy@netflix.com",
      "3. September 2026",
    ]) {
      expect(text.split("\n")).toContain(expected);
    }
    expect(text).toContain("1. Löschung nach Art. 17 DSGVO");
    expect(text).toContain("– Nachname: richtig ist „Müßig“ (bisher: „Musig“)");
    expect(text).toContain("Mit freundlichen Grüßen");
    expect(text).not.toContain("?");
  });

  it("breaks a long letter over pages and numbers them", async () => {
    const long = composeLetter(letterInput({ regime: "eu-gdpr", rights: ["access", "deletion", "portability", "objection"], language: "de" }));
    const bytes = await buildPdf(long);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
    const text = await drawnText(bytes);
    expect(text).toContain("Seite 1 von 2");
    expect(text).toContain("Seite 2 von 2");
  });

  it("is deterministic", async () => {
    expect(Buffer.from(await buildPdf(german)).equals(Buffer.from(await buildPdf(german)))).toBe(true);
  });

  it("draws Polish and Cyrillic as themselves, shows what the font lacks as '?' and says which", async () => {
    const letter = composeLetter(letterInput({ requester: { name: "Łukasz Дмитрий 李", email: "l@example.pl" } }));
    const text = await drawnText(await buildPdf(letter));
    expect(text).toContain("Łukasz Дмитрий ?");
    expect(pdfUnsupportedCharacters(letter)).toEqual(["李"]);
    expect(pdfUnsupportedCharacters(german)).toEqual([]);
  });

  it("embeds only the glyphs it draws and is tagged with its title and language", async () => {
    const polish = composeLetter(
      letterInput({ regime: "eu-gdpr", rights: ["deletion"], language: "pl", requester: { name: "Łucja Wróbel-Żółć", email: "l@example.pl" } }),
    );
    const bytes = await buildPdf(polish);
    expect(bytes.length).toBeLessThan(60_000);
    const text = await drawnText(bytes);
    expect(text).toContain("Łucja Wróbel-Żółć");
    expect(text).toContain("Żądanie usunięcia danych na podstawie art. 17 RODO");
    expect(text).toContain("3 września 2026 r.");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(polish.subject);
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(pl-PL)");
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeDefined();
    expect(doc.catalog.lookup(PDFName.of("MarkInfo"))?.toString()).toContain("/Marked true");
  });
});
