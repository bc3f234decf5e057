import { spanOf } from "./text-spans";
import type { Proposal } from "./types";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")})\\.?`;
const DATE = `(?:${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
// "Effective Date: September 13, 2018", "**Last Updated:** April 17, 2024", "Last Updated â€” March 29, 2022":
// up to 15 characters of punctuation, markup or mis-decoded dashes between the label and the date.
export const LABELLED = new RegExp(`(effective(?:\\s+date|\\s+as\\s+of|\\s+on)?|last\\s+(?:updated|revised|modified)(?:\\s+on)?)[^\\w\\n]{0,15}${DATE}`, "gi");

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const valid = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function monthNumber(name: string | undefined): number {
  const i = MONTHS.findIndex((m) => m.startsWith((name ?? "").toLowerCase().slice(0, 3)));
  return i + 1;
}

// A word start, or a heading run into the text before it ("Privacy PolicyLast Updated").
function startsWord(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  return !/[A-Za-z0-9]/.test(prev) || (/[a-z]/.test(prev) && /[A-Z]/.test(text[i] ?? ""));
}

export function detectDates(text: string): Proposal[] {
  const found: Proposal[] = [];
  for (const m of text.matchAll(LABELLED)) {
    if (!startsWord(text, m.index)) continue;
    const [, label = "", mdMonth, mdDay, mdYear, dmDay, dmMonth, dmYear, isoY, isoM, isoD] = m;
    const date = mdMonth
      ? isoDate(Number(mdYear), monthNumber(mdMonth), Number(mdDay))
      : dmMonth
        ? isoDate(Number(dmYear), monthNumber(dmMonth), Number(dmDay))
        : isoDate(Number(isoY), Number(isoM), Number(isoD));
    if (!date) continue;
    const dateKind = label.toLowerCase().startsWith("effective") ? "effective" : "last-updated";
    found.push({ kind: "effective-date", date, dateKind, span: spanOf(text, m.index, m.index + m[0].length) });
  }
  return found;
}
