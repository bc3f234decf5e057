import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput, version } from "./fixtures";
import { buildPdf, pdfUnsupportedCharacters } from "./pdf";

// WinAnsi is Latin-1 except 0x80–0x9F; Node's TextDecoder("windows-1252") is not reliable there.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const winAnsi = { decode: (bytes: Buffer) => Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join("") };

/** The text the PDF draws, decoded from its WinAnsi hex strings, one drawn line per line. */
async function drawnText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const data = object.dict.get(PDFName.of("Filter")) ? inflateSync(object.contents) : object.contents;
    for (const match of Buffer.from(data).toString("latin1").matchAll(/<([0-9A-F]*)> Tj/g)) {
      lines.push(winAnsi.decode(Buffer.from(match[1] ?? "", "hex")));
    }
  }
  return lines.join("\n");
}

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
    for (const expected of ["Jörg Müßig", "Hauptstraße 1", "10115 Berlin", "Netflix, Inc.", "z. Hd. General Counsel", "privacy@netflix.com", "3. September 2026"]) {
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

  it("shows characters outside WinAnsi as '?' instead of failing, and says which", async () => {
    const letter = composeLetter(letterInput({ requester: { name: "Łukasz Дмитрий 李", email: "l@example.pl" } }));
    const text = await drawnText(await buildPdf(letter));
    expect(text).toContain("Lukasz ??????? ?");
    expect(pdfUnsupportedCharacters(letter)).toEqual(["Д", "м", "и", "т", "р", "й", "李"]);
    expect(pdfUnsupportedCharacters(german)).toEqual([]);
  });
});
