import { loadDocumentText } from "./documents/load";
import type { Citation } from "./types";

/**
 * Where `quote` occurs in `text`. Offsets are computed, never typed by hand, so a record cannot
 * point at the wrong words: a quote that is missing, or ambiguous without an occurrence index, throws.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): { start: number; end: number } {
  if (quote.length === 0) throw new Error("Empty quote");
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`Quote not found: ${JSON.stringify(quote.slice(0, 80))}`);
  if (occurrence === undefined && starts.length > 1) {
    throw new Error(`Quote occurs ${starts.length} times, give an occurrence: ${JSON.stringify(quote.slice(0, 80))}`);
  }
  const start = starts[occurrence ?? 0];
  if (start === undefined) {
    throw new Error(`Quote has ${starts.length} occurrence(s), not #${occurrence}: ${JSON.stringify(quote.slice(0, 80))}`);
  }
  return { start, end: start + quote.length };
}

export function citeIn(document: string, text: string, quote: string, occurrence?: number): Citation {
  const { start, end } = locateQuote(text, quote, occurrence);
  return { document, start, end, quote };
}

export function citationAt(document: string, text: string, start: number, end: number): Citation {
  return { document, start, end, quote: text.slice(start, end) };
}

/** A citing function bound to one stored document: `cite("exact words")`, `cite("words", 1)`. */
export function citer(document: string): (quote: string, occurrence?: number) => Citation {
  const text = loadDocumentText(document);
  return (quote, occurrence) => citeIn(document, text, quote, occurrence);
}
