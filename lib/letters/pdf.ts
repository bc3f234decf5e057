import { PDFDocument, rgb } from "pdf-lib";
import { embedPdfFonts } from "./pdf-fonts";
import { layoutLetter, A4, type TextStyle } from "./pdf-layout";
import { PdfTagger } from "./pdf-tags";
import { templateOf } from "./templates";
import type { Letter } from "./types";

// Also importable from ./pdf-text, which a client component can use without bundling pdf-lib.
export { pdfUnsupportedCharacters } from "./pdf-text";

/**
 * A printable A4 letter in the letter's language, tagged for screen readers with its title and
 * language. Deterministic: the document's dates are the letter's date, so the same letter gives
 * the same bytes.
 */
export async function buildPdf(letter: Letter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedPdfFonts(doc);
  const font = (style: TextStyle) => (style.bold ? fonts.bold : fonts.regular);
  const template = templateOf(letter.language);
  const tagger = new PdfTagger(doc);
  const headings = new Set([letter.subject, ...letter.headings]);

  const labels = { attention: template.attentionLabel, page: template.pageLabel };
  const pages = layoutLetter(letter, (text, style) => font(style).widthOfTextAtSize(fonts.text(text), style.size), labels);
  pages.forEach((lines, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    const pageLabel = pages.length > 1 ? labels.page(index + 1, pages.length) : null;
    for (const line of lines) {
      const draw = () => page.drawText(fonts.text(line.text), { x: line.x, y: line.y, size: line.size, font: font(line), color: rgb(0, 0, 0) });
      if (line === lines.at(-1) && line.text === pageLabel) tagger.artifact(page, draw);
      else tagger.tagged(page, line.bold && headings.has(line.text) ? "H2" : "P", draw);
    }
  });

  const date = new Date(`${letter.date}T12:00:00Z`);
  tagger.finish({ title: letter.subject, language: template.locale });
  doc.setAuthor(letter.from.name);
  doc.setCreator("RightsDesk");
  doc.setProducer("RightsDesk (pdf-lib)");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save();
}
