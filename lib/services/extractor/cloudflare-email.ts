/**
 * Cloudflare "email protection" hides an address as hex in `/cdn-cgi/l/email-protection#<hex>`
 * or `data-cfemail="<hex>"`: the first byte is an XOR key for the bytes that follow.
 * Returns null for anything that does not decode to something shaped like an address.
 */
export function decodeCloudflareEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return null;
  const bytes = (hex.match(/../g) ?? []).map((h) => parseInt(h, 16));
  const [key, ...rest] = bytes;
  if (key === undefined) return null;
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array(rest.map((b) => b ^ key)));
  return looksLikeAddress(decoded) ? decoded : null;
}

/** The inverse, for tests and fixtures. */
export function encodeCloudflareEmail(address: string, key: number): string {
  const bytes = [key, ...new TextEncoder().encode(address).map((b) => b ^ key)];
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
}

// One "@", no spaces or markup, and a dot inside the domain: checked by position, not by a pattern
// that backtracks over every dot.
function looksLikeAddress(text: string): boolean {
  if (/[\s<>"']/.test(text)) return false;
  const parts = text.split("@");
  const domain = parts[1] ?? "";
  const dot = domain.lastIndexOf(".");
  return parts.length === 2 && (parts[0] ?? "").length > 0 && dot > 0 && dot < domain.length - 1;
}
