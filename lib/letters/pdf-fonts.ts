import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { toPdfText } from "./pdf-text";

// DejaVu Sans covers every letter language offered (Polish ł ą ę ś ź ż, Portuguese ã õ, …) and
// Greek and Cyrillic names besides. The files are read from node_modules at run time, never
// bundled, so the worker thread that draws PDFs loads them the same way; each PDF embeds only
// the glyphs it uses.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;

let loaded: Record<keyof typeof FILES, Uint8Array> | undefined;

function fontFiles(): Record<keyof typeof FILES, Uint8Array> {
  loaded ??= { regular: readFileSync(path.join(FONT_DIR, FILES.regular)), bold: readFileSync(path.join(FONT_DIR, FILES.bold)) };
  return loaded;
}

export type PdfFonts = { regular: PDFFont; bold: PDFFont; text: (value: string) => string };

export async function embedPdfFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  const files = fontFiles();
  // A fixed subset tag (PDF 9.6.4: six capitals and "+") keeps the bytes deterministic; pdf-lib would add a random suffix.
  const regular = await doc.embedFont(files.regular, { subset: true, customName: "RDSKAA+DejaVuSans" });
  const bold = await doc.embedFont(files.bold, { subset: true, customName: "RDSKAB+DejaVuSans-Bold" });
  return { regular, bold, text: toPdfText };
}
