import { LetterInputError } from "./errors";
import { isSafeEmail, oneLine } from "./format";
import { foldHeader, mailboxWords, quotedPrintable, unstructuredHeader } from "./mime";
import type { Letter } from "./types";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number) => String(n).padStart(2, "0");

/** RFC 5322 date-time in UTC: "Thu, 03 Sep 2026 12:00:00 +0000". */
export function rfc5322Date(date: Date): string {
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}

/** FNV-1a: a stable Message-ID from the letter itself, so the function stays pure (no random ids). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/**
 * An RFC 5322 draft to open in Outlook or Thunderbird (`X-Unsent: 1`). Every header value goes
 * through oneLine() and addresses must be plain addr-specs, so even a Letter that skipped the
 * schemas cannot add a header; the body is quoted-printable, so no body line can either.
 * Without `opts.date` the draft is dated midday UTC on the letter's date: the same calendar day
 * in almost every zone, and clients set the real time on sending anyway.
 */
export function buildEml(letter: Letter, opts: { date?: Date; messageIdDomain?: string } = {}): string {
  const fromAddress = oneLine(letter.from.email);
  if (!isSafeEmail(fromAddress)) throw new LetterInputError("invalid-requester", "The sender's email address is not a valid address.", "requester");
  const toAddress = letter.to.email ? oneLine(letter.to.email) : "";
  const date = opts.date ?? new Date(`${letter.date}T12:00:00Z`);

  const headers = [foldHeader("From", mailboxWords(oneLine(letter.from.name), fromAddress))];
  if (isSafeEmail(toAddress)) headers.push(foldHeader("To", mailboxWords(oneLine(letter.to.entity ?? ""), toAddress)));
  headers.push(unstructuredHeader("Subject", oneLine(letter.subject)), `Date: ${rfc5322Date(date)}`);
  const domain = opts.messageIdDomain ? oneLine(opts.messageIdDomain) : "";
  if (/^[A-Za-z0-9.-]+$/.test(domain)) {
    headers.push(`Message-ID: <${fnv1a(`${letter.subject}\n${letter.body}`)}.${fnv1a(fromAddress + date.toISOString())}@${domain}>`);
  }
  headers.push("MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "X-Unsent: 1");
  return `${headers.join("\r\n")}\r\n\r\n${quotedPrintable(letter.body)}\r\n`;
}
