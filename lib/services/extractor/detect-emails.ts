import { decodeCloudflareEmail } from "./cloudflare-email";
import { spanOf } from "./text-spans";
import type { Proposal } from "./types";

// The look-behind starts a match only where a run of address characters starts, so a long run
// without "@" is read once, not once from each of its positions.
// A backslash is Markdown's escape ("rep\_tinder@..."), dropped from the address.
const EMAIL = /(?<![A-Za-z0-9._%+\u2010\\-])[A-Za-z0-9._%+\u2010\\-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Addresses written to fool harvesters: "dpo [at] example.com", "dpo \[at\] example.com",
// "dpo ((at)) example ((dot)) com", "dpo (at) example (dot) co (dot) uk".
const OPEN = String.raw`(?:\\?\[|\(\(?|\{)`;
const CLOSE = String.raw`(?:\\?\]|\)\)?|\})`;
export const OBFUSCATED = new RegExp(
  String.raw`(?<![\w.%+-])([A-Za-z0-9._%+-]{1,64}) ?${OPEN} ?at ?${CLOSE} ?([A-Za-z0-9-]{1,63})((?:(?: ?${OPEN} ?dot ?${CLOSE} ?|\.)[A-Za-z0-9-]{1,63}){1,4})`,
  "gi",
);
export const DOT = new RegExp(String.raw` ?${OPEN} ?dot ?${CLOSE} ?`, "gi");
// An encoded address of at most 254 characters: 2 hex digits a byte, plus the key.
const CLOUDFLARE = /email-protection#([0-9a-fA-F]{4,512})/g;
const REDACTED = /\[email[\s\u00a0]protected\]/g;
// How far after a "[email protected]" marker its encoded link may follow (Markdown or HTML capture).
const LINK_REACH = 120;

export function detectEmails(text: string): Proposal[] {
  const found: Proposal[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const address = m[0];
    found.push({ kind: "email", address: cleaned(address), obfuscation: "none", span: spanOf(text, m.index, m.index + address.length) });
  }
  for (const m of text.matchAll(OBFUSCATED)) {
    const domain = `${m[2] ?? ""}${(m[3] ?? "").replace(DOT, ".")}`;
    if (!/\.[A-Za-z]{2,}$/.test(domain)) continue;
    found.push({ kind: "email", address: cleaned(`${m[1] ?? ""}@${domain}`), obfuscation: "none", span: spanOf(text, m.index, m.index + m[0].length) });
  }
  const decodedAt: number[] = [];
  for (const m of text.matchAll(CLOUDFLARE)) {
    const address = decodeCloudflareEmail(m[1] ?? "");
    if (!address) continue;
    decodedAt.push(m.index);
    found.push({ kind: "email", address: address.toLowerCase(), obfuscation: "cloudflare", span: spanOf(text, m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(REDACTED)) {
    const decodable = decodedAt.some((at) => at > m.index && at - m.index <= LINK_REACH);
    if (!decodable) found.push({ kind: "redacted-email", span: spanOf(text, m.index, m.index + m[0].length) });
  }
  return found;
}

// Markdown escapes and italics marks dropped ("rep\_tinder@", "_privacy@x.com_"), a percent-encoded
// mailto: decoded ("%20privacy@", "fv%E2%80%90datenschutz@").
function cleaned(address: string): string {
  return percentDecoded(address.replace(/\\/g, "").replace(/^(?:%20)+/i, ""))
    .trim()
    .replace(/^_+/, "")
    .toLowerCase();
}

// A mailto: target may carry the address percent-encoded ("fv%E2%80%90datenschutz@...").
function percentDecoded(address: string): string {
  if (!address.includes("%")) return address;
  try {
    const decoded = decodeURIComponent(address);
    return /[\s<>"]/.test(decoded) ? address : decoded;
  } catch {
    return address;
  }
}
