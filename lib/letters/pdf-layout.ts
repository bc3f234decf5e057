import type { Letter } from "./types";

export type TextStyle = { size: number; bold: boolean };
/** Width of a string in points; injected so the layout is testable without a font. */
export type Measure = (text: string, style: TextStyle) => number;
export type PlacedLine = TextStyle & { text: string; x: number; y: number };
export type PageLabels = { attention: string; page: (page: number, pages: number) => string };

const MM = 72 / 25.4;
export const A4 = { width: 210 * MM, height: 297 * MM };
const MARGIN = { left: 25 * MM, right: 20 * MM, top: 20 * MM, bottom: 20 * MM };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
// DIN 5008 puts the recipient's address 45 mm from the top, where a window envelope shows it.
const RECIPIENT_TOP = A4.height - 45 * MM;
const ADDRESS_WIDTH = 85 * MM;

const SMALL: TextStyle = { size: 9, bold: false };
const BODY: TextStyle = { size: 10.5, bold: false };
const BOLD: TextStyle = { size: 10.5, bold: true };
const SUBJECT: TextStyle = { size: 11, bold: true };
const lineHeight = (style: TextStyle) => style.size * 1.32;

// List items wrap under their text, not under the marker: "(a) ", "a) ", "– ", "1. ".
const LIST_MARKER = /^(\([a-z]\) |[a-z]\) |– |• |\d+\. )/;

function breakWord(word: string, width: number, style: TextStyle, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && measure(piece + char, style) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  return [...pieces, piece];
}

/** Greedy word wrap; a word wider than the line (a long URL) is broken by characters. */
export function wrap(text: string, width: number, style: TextStyle, measure: Measure): { text: string; indent: number }[] {
  const marker = LIST_MARKER.exec(text)?.[0] ?? "";
  const indent = marker ? measure(marker, style) : 0;
  const lines: { text: string; indent: number }[] = [];
  let line = "";
  for (const word of text.split(" ").flatMap((w) => breakWord(w, width - indent, style, measure))) {
    const candidate = line ? `${line} ${word}` : word;
    const available = lines.length === 0 ? width : width - indent;
    if (line && measure(candidate, style) > available) {
      lines.push({ text: line, indent: lines.length === 0 ? 0 : indent });
      line = word;
    } else line = candidate;
  }
  lines.push({ text: line, indent: lines.length === 0 ? 0 : indent });
  return lines;
}

/** Pages of positioned lines: sender top right, recipient in the window, date, subject, body, page numbers. */
export function layoutLetter(letter: Letter, measure: Measure, labels: PageLabels): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = A4.height - MARGIN.top;
  const place = (text: string, style: TextStyle, x: number) => pages.at(-1)?.push({ text, x, y, ...style });
  const newPage = () => {
    pages.push([]);
    y = A4.height - MARGIN.top;
  };
  const flow = (text: string, style: TextStyle, width = CONTENT_WIDTH) => {
    for (const line of wrap(text, width, style, measure)) {
      if (y - lineHeight(style) < MARGIN.bottom) newPage();
      y -= lineHeight(style);
      place(line.text, style, MARGIN.left + line.indent);
    }
  };
  const right = (text: string, style: TextStyle) => {
    y -= lineHeight(style);
    place(text, style, A4.width - MARGIN.right - measure(text, style));
  };

  right(letter.from.name, { ...SMALL, bold: true });
  for (const line of [...(letter.from.postal?.split("\n") ?? []), letter.from.email]) right(line, SMALL);

  y = Math.min(y - lineHeight(BODY), RECIPIENT_TOP);
  if (letter.to.entity) flow(letter.to.entity, BOLD, ADDRESS_WIDTH);
  if (letter.to.attention) flow(`${labels.attention} ${letter.to.attention}`, BODY, ADDRESS_WIDTH);
  for (const line of letter.to.postal?.split("\n") ?? []) flow(line, BODY, ADDRESS_WIDTH);
  if (letter.to.email) flow(letter.to.email, BODY, ADDRESS_WIDTH);

  y -= 2 * lineHeight(BODY);
  right(letter.dateText, BODY);
  y -= lineHeight(BODY);
  flow(letter.subject, SUBJECT);
  y -= lineHeight(BODY);
  const headings = new Set(letter.headings);
  const lines = letter.body.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") y -= lineHeight(BODY) * 0.6;
    else if (headings.has(line)) {
      // A heading stays with the first lines of its section rather than end a page alone.
      if (y - 4 * lineHeight(BODY) < MARGIN.bottom) newPage();
      flow(line, BOLD);
    } else {
      // Room for a handwritten signature above the closing name, and the sign-off kept with it.
      const signature = lines.at(-1) === letter.from.name;
      if (signature && index === lines.length - 2 && y - 5 * lineHeight(BODY) < MARGIN.bottom) newPage();
      if (signature && index === lines.length - 1) y -= 2.5 * lineHeight(BODY);
      flow(line, BODY);
    }
  });

  if (pages.length > 1) {
    pages.forEach((page, index) => {
      const text = labels.page(index + 1, pages.length);
      page.push({ text, ...SMALL, x: A4.width - MARGIN.right - measure(text, SMALL), y: MARGIN.bottom / 2 });
    });
  }
  return pages;
}
