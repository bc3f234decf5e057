import { createHmac } from "node:crypto";
import { isIP } from "node:net";

// Limits on sign-in mail: per address (a person's inbox), per client (one abuser spraying
// addresses) and overall (the sender's reputation). Keys are HMACs so the table holds no address.
export type Limit = { scope: "email" | "client" | "global"; max: number; windowSeconds: number };

export const SIGN_IN_LIMITS: Limit[] = [
  { scope: "client", max: 20, windowSeconds: 15 * 60 },
  { scope: "email", max: 5, windowSeconds: 15 * 60 },
  { scope: "global", max: 500, windowSeconds: 60 * 60 },
];

// Past the overall budget, mail still goes to clients that have asked for little in this window,
// up to a hard ceiling: a flood from many clients slows the heavy senders first instead of
// locking every real user out for an hour.
export const GLOBAL_HARD_MAX = 2_000;
export const LIGHT_CLIENT_MAX = 3;

export function rateLimitKey(secret: string, scope: Limit["scope"], value: string): string {
  return `signin:${scope}:${createHmac("sha256", secret).update(`${scope}\u0000${value}`).digest("base64url").slice(0, 32)}`;
}

/**
 * The address a sign-in link goes to, or null where none would be sent. next-auth is given this
 * same function (normalizeIdentifier), so the limits count exactly the address mail goes to:
 * one "@", no comma or quote, a dot in the domain, no spaces or control characters.
 */
export function normalizeEmail(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 320) return null;
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (email.length > 254 || /[\s",;<>()[\]\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(email)) return null;
  const parts = email.split("@");
  const [local, domain] = parts;
  if (parts.length !== 2 || !local || !domain || local.length > 64) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((label) => !label || label.length > 63 || label.startsWith("-") || label.endsWith("-"))) return null;
  return email;
}

/**
 * The client a limit counts against. Behind a trusted proxy, the address it appended last to
 * X-Forwarded-For; otherwise the TCP peer (never a header the client chose). IPv6 clients are
 * counted by their /64, which one household or server usually holds whole.
 */
export function clientAddress(headers: { forwardedFor: string | null; peer: string | null }, trustProxy: boolean): string {
  const hops = (headers.forwardedFor ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const address = (trustProxy ? hops.at(-1) : headers.peer) ?? "unknown";
  return ipv6Prefix(address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, ""));
}

function ipv6Prefix(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array.from({ length: 8 - left.length - right.length }, () => "0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function retryMinutes(windowStart: Date, windowSeconds: number, now: Date): number {
  const ms = windowStart.getTime() + windowSeconds * 1000 - now.getTime();
  return Math.max(1, Math.ceil(ms / 60_000));
}
