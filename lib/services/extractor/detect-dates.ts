import { spanOf } from "./text-spans";
import type { Proposal } from "./types";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
// German and French month names, by month number.
const OTHER_MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
  janvier: 1,
  février: 2,
  mars: 3,
  avril: 4,
  juin: 6,
  juillet: 7,
  août: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
};
const MONTH_NAMES = [...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), ...Object.keys(OTHER_MONTHS)].sort((a, b) => b.length - a.length);
const MONTH = `(${MONTH_NAMES.join("|")})\\.?`;
// "April 17, 2024", "February 14th, 2025", "17 April 2024", "17. April 2024", "1er mars 2024", "2024-04-17",
// "04/17/2024", "20/08/2026", "17.04.2024", "06-03-26" (a two-digit year is this century's).
const DATE = `(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?!\\d))`;
// "Effective Date: September 13, 2018", "**Last Updated:** April 17, 2024", "Last Updated â€” March 29, 2022",
// "_Revision Date: February 14th, 2025_", "Last updated: _30 November 2025_", "Date effective : 23 juillet 2026":
// up to 15 characters of punctuation, markup (underscores too) or mis-decoded dashes between the label and the date.
export const LABELLED = new RegExp(
  `(effective(?:\\s+date|\\s+as\\s+of|\\s+on|\\s+from)?|last\\s+(?:updated|revised|modified|changed|amended)(?:\\s+on)?|updated(?:\\s+on)?|revis(?:ion|ed)(?:\\s+date|\\s+on)?|mise\\s+à\\s+jour(?:\\s+le)?|dernière\\s+mise\\s+à\\s+jour(?:\\s+le)?|en\\s+vigueur(?:\\s+le|\\s+à\\s+compter\\s+du)?|stand|zuletzt\\s+(?:aktualisiert|geändert)(?:\\s+am)?|gültig\\s+ab)[^A-Za-z0-9\\n]{0,15}${DATE}`,
  "giu",
);

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const valid = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? "").toLowerCase();
  return OTHER_MONTHS[lower] ?? MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

// 04/17/2024 can only be month first, 20/08/2026 only day first; 04/05/2024 is read as the policy's
// language would: day first, unless the text is in US English ("Last updated: 04/05/2024" with "Privacy Policy" and "California").
function numericDate(a: number, b: number, yearWritten: number, monthFirst: boolean): string | null {
  const year = yearWritten < 100 ? 2000 + yearWritten : yearWritten;
  if (a > 12) return isoDate(year, b, a);
  if (b > 12) return isoDate(year, a, b);
  return monthFirst ? isoDate(year, a, b) : isoDate(year, b, a);
}

// A word start, or a heading run into the text before it ("Privacy PolicyLast Updated").
function startsWord(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  return !/[A-Za-z0-9]/.test(prev) || (/[a-z]/.test(prev) && /[A-Z]/.test(text[i] ?? ""));
}

// A policy in US English writes month first: it spells out "Month Day, Year" elsewhere or names a US law.
const US_STYLE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b|\b(?:CCPA|California|United States)\b/;

export function detectDates(text: string): Proposal[] {
  const found: Proposal[] = [];
  const monthFirst = US_STYLE.test(text);
  for (const m of text.matchAll(LABELLED)) {
    if (!startsWord(text, m.index)) continue;
    const label = m[1] ?? "";
    const date = dateOfGroups(m.slice(2), monthFirst);
    if (!date) continue;
    const dateKind = /^(?:effective|en\s+vigueur|gültig)/i.test(label) ? "effective" : "last-updated";
    found.push({ kind: "effective-date", date, dateKind, span: spanOf(text, m.index, m.index + m[0].length) });
  }
  return found.length > 0 ? found : changeLogDate(text, monthFirst);
}

/** The date in DATE's groups: month-day-year, day-month-year, ISO, or all numbers (read by the policy's style). */
function dateOfGroups(groups: (string | undefined)[], monthFirst: boolean): string | null {
  const [mdMonth, mdDay, mdYear, dmDay, dmMonth, dmYear, isoY, isoM, isoD, nA, nB, nY] = groups;
  return mdMonth
    ? isoDate(Number(mdYear), monthNumber(mdMonth), Number(mdDay))
    : dmMonth
      ? isoDate(Number(dmYear), monthNumber(dmMonth), Number(dmDay))
      : isoY
        ? isoDate(Number(isoY), Number(isoM), Number(isoD))
        : numericDate(Number(nA), Number(nB), Number(nY), monthFirst);
}

// A change log: lines that hold nothing but a date ("**June 19, 2022**", "### 21 août 2026"), each
// followed by what changed. With no labelled date, the latest entry is when the policy was last updated.
export const DATE_LINE = new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+)?(?:\\*\\*|__|_|\\*)?${DATE}(?:\\*\\*|__|_|\\*)?:?[ \\t]*$`, "gimu");
const MIN_LOG_ENTRIES = 2;

function changeLogDate(text: string, monthFirst: boolean): Proposal[] {
  const entries: Proposal[] = [];
  for (const m of text.matchAll(DATE_LINE)) {
    if (entries.length >= MAX_LOG_ENTRIES) break;
    const date = dateOfGroups(m.slice(1), monthFirst);
    const start = m.index + m[0].length - m[0].trimStart().length;
    if (date) entries.push({ kind: "effective-date", date, dateKind: "last-updated", span: spanOf(text, start, m.index + m[0].trimEnd().length) });
  }
  if (entries.length < MIN_LOG_ENTRIES) return [];
  const latest = entries.reduce((a, b) => (a.kind === "effective-date" && b.kind === "effective-date" && b.date > a.date ? b : a));
  return [latest];
}
const MAX_LOG_ENTRIES = 500;
