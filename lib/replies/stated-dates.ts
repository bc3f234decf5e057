// The date or period a sentence names ("by 15 March 2027", "bis zum 15.03.2027", "a further two
// months"), as a calendar day or a plain phrase. Linear patterns only.

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
};
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)? ${MONTH}\\.? (\\d{4})\\b`, "i");
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "i");
const PERIOD =
  /\b(\d{1,3}|one|two|three|four|six|eight|ten|zwei|drei|vier|sechs|acht|zehn)(?: (?:further|additional|more|extra|weitere|zusätzliche|weiteren))? (months?|weeks?|days?|business days|working days|monate?n?|wochen|tage?n?|werktage?n?|arbeitstage?n?)\b/i;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value) ? value : null;
}

export function statedDate(sentence: string): string | null {
  const a = ISO.exec(sentence);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const b = DOTTED.exec(sentence);
  if (b) return iso(Number(b[3]), Number(b[2]), Number(b[1]));
  const c = DAY_MONTH.exec(sentence);
  if (c) return iso(Number(c[3]), MONTHS[c[2]!.toLowerCase()] ?? 0, Number(c[1]));
  const d = MONTH_DAY.exec(sentence);
  if (d) return iso(Number(d[3]), MONTHS[d[1]!.toLowerCase()] ?? 0, Number(d[2]));
  return null;
}

export function statedPeriod(sentence: string): string | null {
  return PERIOD.exec(sentence)?.[0] ?? null;
}
