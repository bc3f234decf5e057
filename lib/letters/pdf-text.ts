// pdf-lib's standard fonts (Helvetica) encode WinAnsi only, and throw on anything else. Rather than
// ship a Unicode font, the PDF keeps every WinAnsi character (all of German, French, Spanish…:
// ä ö ü ß é ñ, plus € – „ “ …), reduces other accented Latin letters to their base letter
// (ł → l, ő → o), and shows '?' for the rest (Cyrillic, Greek, CJK). The email and .eml keep
// the full text; pdfUnsupportedCharacters() lets the UI say which characters the PDF lost.
import type { Letter } from "./types";

const WINANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SIMILAR: Readonly<Record<string, string>> = {
  ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ĸ: "k", ŀ: "l", Ŀ: "L",
  "‐": "-", "‑": "-", "‒": "-", "−": "-", "′": "'", "″": '"', "⁄": "/", "\u2009": " ", "\u202f": " ", "\u200b": "",
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WINANSI_EXTRA.has(char);
}

function replacement(char: string): string {
  if (isWinAnsi(char)) return char;
  if (/[\s\u0000-\u001f\u007f-\u009f]/.test(char)) return " ";
  const similar = SIMILAR[char];
  if (similar !== undefined) return similar;
  const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return base && [...base].every(isWinAnsi) ? base : "?";
}

/** Text Helvetica can draw: WinAnsi kept, near-Latin reduced, the rest '?'. */
export function toWinAnsi(text: string): string {
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
