import { PDFDocument, rgb, type PDFFont } from "pdf-lib";
import { A4, wrap, type Measure, type TextStyle } from "@/lib/letters/pdf-layout";
import { embedPdfFonts } from "@/lib/letters/pdf-fonts";
import { PdfTagger } from "@/lib/letters/pdf-tags";
import { evidenceBlocks, type EvidenceBlock, type EvidenceInput } from "./evidence-blocks";

export type { EvidenceInput } from "./evidence-blocks";

const MM = 72 / 25.4;
const MARGIN = 20 * MM;
const WIDTH = A4.width - 2 * MARGIN;
const STYLES: Record<Exclude<EvidenceBlock["kind"], "gap">, TextStyle> = {
  title: { size: 15, bold: true },
  heading: { size: 12, bold: true },
  subheading: { size: 10.5, bold: true },
  text: { size: 10.5, bold: false },
  small: { size: 8.5, bold: false },
  letter: { size: 10, bold: false },
};
const lead = (style: TextStyle) => style.size * 1.35;

type Line = TextStyle & { text: string; x: number; y: number };

/** Pages of placed lines; a heading never ends a page alone. */
export function layoutEvidence(blocks: readonly EvidenceBlock[], measure: Measure): Line[][] {
  const pages: Line[][] = [[]];
  let y = A4.height - MARGIN;
  const newPage = () => {
    pages.push([]);
    y = A4.height - MARGIN;
  };
  for (const block of blocks) {
    if (block.kind === "gap") {
      y -= 6;
      continue;
    }
    const style = STYLES[block.kind];
    if (block.kind === "heading" || block.kind === "title") {
      y -= 8;
      if (y - 4 * lead(style) < MARGIN) newPage();
    }
    for (const paragraph of block.text.split("\n")) {
      for (const line of wrap(paragraph, WIDTH, style, measure)) {
        if (y - lead(style) < MARGIN) newPage();
        y -= lead(style);
        if (line.text) pages.at(-1)!.push({ ...style, text: line.text, x: MARGIN + line.indent, y });
      }
    }
  }
  return pages;
}

/**
 * The evidence bundle: the dated timeline (with when and by whom each entry was recorded), the
 * deadline and its rule, the notes, and every letter as sent, ready to attach to a complaint.
 */
export async function buildEvidencePdf(input: EvidenceInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold, text: toPdfText } = await embedPdfFonts(doc);
  const font = (style: TextStyle): PDFFont => (style.bold ? bold : regular);
  const pages = layoutEvidence(evidenceBlocks(input), (text, style) => font(style).widthOfTextAtSize(toPdfText(text), style.size));
  const tagger = new PdfTagger(doc);
  pages.forEach((lines, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    for (const line of lines) {
      tagger.tagged(page, line.bold ? "H2" : "P", () =>
        page.drawText(toPdfText(line.text), { x: line.x, y: line.y, size: line.size, font: font(line), color: rgb(0, 0, 0) }),
      );
    }
    const footer = toPdfText(`Evidence file: ${input.serviceName} · page ${index + 1} of ${pages.length}`);
    tagger.artifact(page, () => page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) }));
  });
  const date = new Date(`${input.generatedOn}T12:00:00Z`);
  tagger.finish({ title: `Evidence file: request to ${input.serviceName}`, language: "en-GB" });
  doc.setCreator("RightsDesk");
  doc.setProducer("RightsDesk (pdf-lib)");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save();
}
