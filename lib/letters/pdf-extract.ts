import { inflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";

// Reads back the text a PDF of ours draws, through each font's ToUnicode map, the way a screen
// reader or a text extractor does; for tests. Only what pdf-lib writes: hex strings with Tj.

function streamText(stream: PDFRawStream): string {
  const data = stream.dict.get(PDFName.of("Filter")) ? inflateSync(stream.contents) : stream.contents;
  return Buffer.from(data).toString("latin1");
}

function toUnicodeMap(doc: PDFDocument, font: PDFObject | undefined): Map<string, string> {
  const dict = doc.context.lookup(font);
  const cmap = dict instanceof PDFDict ? doc.context.lookup(dict.get(PDFName.of("ToUnicode"))) : undefined;
  const map = new Map<string, string>();
  if (!(cmap instanceof PDFRawStream)) return map;
  for (const [, code, unicode = ""] of streamText(cmap).matchAll(/<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>/g)) {
    const units = unicode.match(/.{4}/g) ?? [];
    map.set((code ?? "").toUpperCase(), String.fromCharCode(...units.map((u) => parseInt(u, 16))));
  }
  return map;
}

/** Every drawn string, one per line, in drawing order. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
    const maps = new Map<string, Map<string, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) maps.set(name.asString().slice(1), toUnicodeMap(doc, ref instanceof PDFRef ? ref : undefined));
    const contents = doc.context.lookup(page.node.get(PDFName.of("Contents")));
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    let current = new Map<string, string>();
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      for (const [, font, hex] of streamText(stream).matchAll(/\/([\w+-]+) [\d.]+ Tf|<([0-9A-F]*)> Tj/g)) {
        if (font) current = maps.get(font) ?? new Map<string, string>();
        if (hex !== undefined) lines.push((hex.match(/.{4}/g) ?? []).map((code) => current.get(code) ?? "\uFFFD").join(""));
      }
    }
  }
  return lines.join("\n");
}
