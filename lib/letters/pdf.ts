import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { layoutLetter, A4, type TextStyle } from "./pdf-layout";
import { toWinAnsi } from "./pdf-text";
import { TEMPLATES } from "./templates";
import type { Letter } from "./types";

// Also importable from ./pdf-text, which a client component can use without bundling pdf-lib.
export { pdfUnsupportedCharacters } from "./pdf-text";

/**
 * A printable A4 letter. Deterministic: the document's dates are the letter's date, so the same
 * letter gives the same bytes.
 */
export async function buildPdf(letter: Letter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const font = (style: TextStyle) => (style.bold ? bold : regular);
  const template = TEMPLATES[letter.language];

  const pages = layoutLetter(letter, (text, style) => font(style).widthOfTextAtSize(toWinAnsi(text), style.size), {
    attention: template.attentionLabel,
    page: template.pageLabel,
  });
  for (const lines of pages) {
    const page = doc.addPage([A4.width, A4.height]);
    for (const line of lines) page.drawText(toWinAnsi(line.text), { x: line.x, y: line.y, size: line.size, font: font(line), color: rgb(0, 0, 0) });
  }

  const date = new Date(`${letter.date}T12:00:00Z`);
  doc.setTitle(letter.subject);
  doc.setAuthor(letter.from.name);
  doc.setLanguage(template.locale);
  doc.setCreator("RightsDesk");
  doc.setProducer("RightsDesk (pdf-lib)");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save();
}
