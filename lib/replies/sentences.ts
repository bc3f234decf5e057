// The company's own words: the reply split into sentences, without the quoted request below it
// (which repeats every article we cited and would make any reply look complete).

const QUOTE_STARTS = ["-----original message-----", "----- original message -----", "-----ursprüngliche nachricht-----", "________________________________"];
const WROTE = [" wrote:", " schrieb:", " a écrit :"];

/** The reply's new text: quoted lines (">") and everything from the quoted original on are dropped. */
export function ownText(text: string): string {
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const lower = line.trim().toLowerCase();
    if (QUOTE_STARTS.some((start) => lower.startsWith(start))) break;
    if ((lower.startsWith("on ") || lower.startsWith("am ")) && WROTE.some((w) => lower.endsWith(w))) break;
    if (lower.startsWith("from:") && kept.length > 3 && kept.at(-1)?.trim() === "") break;
    if (lower.startsWith("von:") && kept.length > 3 && kept.at(-1)?.trim() === "") break;
    if (lower.startsWith(">")) continue;
    kept.push(line);
  }
  return kept.join("\n");
}

const ABBREVIATIONS = ["e.g.", "i.e.", "art.", "abs.", "z.b.", "bzw.", "nr.", "no.", "inc.", "ltd.", "ca.", "u.a.", "d.h.", "lit.", "para.", "sec.", "vgl."];

const MONTHS_DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

// "15. März 2027" and "Art. 15 Abs. 3." are not sentence ends; "within 30 days. We" is.
function ordinalDate(flat: string, dot: number): boolean {
  if (!/\d/.test(flat[dot - 1] ?? "")) return false;
  const next = flat.slice(dot + 2, dot + 14);
  return /^[\da-zäöü]/.test(next) || MONTHS_DE.some((m) => next.toLowerCase().startsWith(m));
}

const LIST_ITEM = /^(?:[-*•]|\d{1,2}[.)])\s/;

function blocks(text: string): string[] {
  const out: string[][] = [[]];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed || LIST_ITEM.test(trimmed)) out.push([]);
    if (trimmed) out.at(-1)!.push(trimmed);
  }
  return out.filter((b) => b.length > 0).map((b) => b.join(" "));
}

/** Sentences in order: a sentence ends at . ! ? followed by a space (not after an abbreviation or a digit), or at a blank line or a list item. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const block of blocks(text)) {
    const flat = block.replace(/\s+/g, " ").trim();
    let start = 0;
    for (let i = 0; i < flat.length; i++) {
      const c = flat[i];
      if ((c !== "." && c !== "!" && c !== "?") || flat[i + 1] !== " ") continue;
      const before = flat.slice(Math.max(start, i - 6), i + 1).toLowerCase();
      if (c === "." && (ABBREVIATIONS.some((a) => before.endsWith(` ${a}`) || before === a) || ordinalDate(flat, i))) continue;
      out.push(flat.slice(start, i + 1).trim());
      start = i + 2;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((s) => s.length > 1);
}
