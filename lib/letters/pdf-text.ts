// The PDF embeds DejaVu Sans (lib/letters/pdf-fonts.ts), which draws every letter language and
// Greek and Cyrillic besides. What it lacks (CJK, emoji, most other scripts) is drawn as '?';
// the email and .eml keep the full text, and pdfUnsupportedCharacters() lets the UI say which
// characters the PDF lost. The ranges below are blocks DejaVu Sans covers in full (a unit test
// checks them against the font file); no bundler needs the font to answer.
import type { Letter } from "./types";

const COVERED: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
  [0x370, 0x377],
  [0x37a, 0x37f],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x3ff], // Greek
  [0x400, 0x45f], // Cyrillic
  [0x1e00, 0x1efb], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x2027],
  [0x2030, 0x205e], // punctuation: dashes, quotes, ellipsis, per mille
  [0x20ac, 0x20ac], // euro sign
  [0x2116, 0x2116],
  [0x2122, 0x2122], // numero, trade mark
];

function isCovered(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return COVERED.some(([from, to]) => code >= from && code <= to);
}

function replacement(char: string): string {
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(char) && char !== "\u00a0") return " ";
  if (isCovered(char)) return char;
  const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return base && [...base].every(isCovered) ? base : "?";
}

/** Text the embedded font can draw: covered characters kept, decomposable ones reduced, the rest '?'. */
export function toPdfText(text: string): string {
  return Array.from(text.normalize("NFC"), replacement).join("");
}

/** The characters of `text` the PDF shows as '?'. */
export function unsupportedCharacters(text: string): string[] {
  return [...new Set(Array.from(text.normalize("NFC")).filter((char) => replacement(char) === "?" && char !== "?"))];
}

/** Characters the PDF shows as '?', for the UI to mention next to the download. */
export function pdfUnsupportedCharacters(letter: Letter): string[] {
  const texts = [letter.subject, letter.body, letter.dateText, ...Object.values(letter.from), ...Object.values(letter.to)];
  return unsupportedCharacters(texts.filter((t): t is string => typeof t === "string").join("\n"));
}
