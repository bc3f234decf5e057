import { isSafeEmail } from "./format";
import type { Letter } from "./types";

/**
 * Longest mailto: link we hand out. Browsers and the programs they pass mailto: links to cut them
 * far below what RFC 6068 allows: old Edge and Internet Explorer stop at 2,083 characters, and
 * Outlook on Windows truncates the body near 2,000. A cut letter loses its deadline and signature,
 * so a longer one gets no link: the user copies the text or downloads the .eml instead.
 */
export const MAILTO_MAX_LENGTH = 1800;

// RFC 6068 wants line breaks in a body as %0D%0A; encodeURIComponent keeps spaces as %20, not '+'.
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));

export function buildMailto(letter: Letter): { href: string | null; length: number; tooLong: boolean } {
  const to = letter.to.email;
  if (!to || !isSafeEmail(to)) return { href: null, length: 0, tooLong: false };
  const href = `mailto:${encodeURIComponent(to).replace("%40", "@")}?subject=${encode(letter.subject)}&body=${encode(letter.body)}`;
  const tooLong = href.length > MAILTO_MAX_LENGTH;
  return { href: tooLong ? null : href, length: href.length, tooLong };
}
