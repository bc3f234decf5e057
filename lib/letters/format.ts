// Small text helpers shared by the letter, the .eml and the PDF. Pure and locale-explicit.

const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * One line of plain text from a value we do not control (a custom record's subject line, a name
 * that skipped the schema): control characters and line breaks become a single space.
 */
export function oneLine(value: string): string {
  return value
    .replace(CONTROL_OR_BREAK, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Polish letters write "3 września 2026 r." ("roku"); Intl leaves the abbreviation out. */
const YEAR_SUFFIX: Readonly<Record<string, string>> = { "pl-PL": " r." };
/** French writes the first of the month as an ordinal: "1er octobre 2026". */
const FIRST_OF_MONTH: Readonly<Record<string, string>> = { "fr-FR": "1er" };

/** "3 October 2026" / "3. Oktober 2026": formatted in UTC because the ISO date already is the calendar day. */
export function formatLetterDate(isoDate: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const text = format.format(new Date(`${isoDate}T00:00:00Z`));
  const first = FIRST_OF_MONTH[locale];
  return `${first && isoDate.endsWith("-01") ? text.replace(/^1(?=\s)/, first) : text}${YEAR_SUFFIX[locale] ?? ""}`;
}

/**
 * A policy passage as a letter can quote it: record quotes keep the capture's Markdown
 * ("**Personal Information Request**", "[text](url)"), which would read as noise in a letter.
 */
export function plainQuote(quote: string): string {
  const text = oneLine(
    quote
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
      .replace(/\*\*/g, "")
      .replace(/\u00a0/g, " "),
  );
  return /^[a-z]/.test(text) ? `… ${text}` : text;
}

/** Plausible addr-spec, ASCII only: record addresses come from pasted policies too. */
const SAFE_EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isSafeEmail(value: string): boolean {
  return value.length <= 254 && SAFE_EMAIL.test(value);
}
