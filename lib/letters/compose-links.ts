import { isSafeEmail } from "./format";
import type { Letter } from "./types";

/**
 * Compose links for the big webmail services: the address, subject and whole letter in the URL, so
 * the letter opens ready to send in the browser tab where the user is signed in.
 *
 * How long a link can be, and who decides:
 * - Chromium carries links up to 2,097,152 characters (2 MiB) to the server intact, by a click on a
 *   link and by window.open alike: measured with `npx tsx scripts/measure-url-limits.ts`
 *   (Chromium 156). The browser is not the limit.
 * - The services' front ends refuse long request lines with a 400 or 414 before the mail app sees
 *   them, and the signed-in session's cookies count against the same budget. Outlook.com's was
 *   measured publicly at about 31,000 characters for URL and headers together, with an 8,000-character
 *   body arriving whole; Google's and Yahoo's front ends are not documented and cannot be reached from
 *   the machines this was built on.
 * A cut or refused letter is worse than none, so every compose link stops at COMPOSE_URL_MAX_LENGTH
 * characters, well inside all of these; a longer letter gets the share sheet, the .eml and copy.
 */
export const COMPOSE_URL_MAX_LENGTH = 8000;

export type ComposeService = "gmail" | "outlook" | "yahoo";

export type ComposeLink = { service: ComposeService; label: string; href: string | null; length: number; tooLong: boolean };

const SERVICES: readonly { service: ComposeService; label: string; base: string; to: string; subject: string; body: string; extra?: string }[] = [
  { service: "gmail", label: "Gmail", base: "https://mail.google.com/mail/", extra: "view=cm&fs=1", to: "to", subject: "su", body: "body" },
  { service: "outlook", label: "Outlook.com", base: "https://outlook.live.com/mail/0/deeplink/compose", to: "to", subject: "subject", body: "body" },
  { service: "yahoo", label: "Yahoo Mail", base: "https://compose.mail.yahoo.com/", to: "to", subject: "subject", body: "body" },
];

/** One link per service; none at all without a safe address to write to (the user would have to find it). */
export function buildComposeLinks(letter: Letter): ComposeLink[] {
  const to = letter.to.email;
  if (!to || !isSafeEmail(to)) return [];
  return SERVICES.map(({ service, label, base, extra, ...names }) => {
    const query = [
      extra,
      `${names.to}=${encodeURIComponent(to)}`,
      `${names.subject}=${encodeURIComponent(letter.subject)}`,
      `${names.body}=${encodeURIComponent(letter.body)}`,
    ];
    const href = `${base}?${query.filter(Boolean).join("&")}`;
    const tooLong = href.length > COMPOSE_URL_MAX_LENGTH;
    return { service, label, href: tooLong ? null : href, length: href.length, tooLong };
  });
}
