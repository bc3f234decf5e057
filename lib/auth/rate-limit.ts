import { createHmac } from "node:crypto";

// Limits on sign-in mail: per address (a person's inbox), per client (one abuser spraying
// addresses) and overall (the sender's reputation). Keys are HMACs so the table holds no address.
export type Limit = { scope: "email" | "client" | "global"; max: number; windowSeconds: number };

export const SIGN_IN_LIMITS: Limit[] = [
  { scope: "email", max: 5, windowSeconds: 15 * 60 },
  { scope: "client", max: 20, windowSeconds: 15 * 60 },
  { scope: "global", max: 500, windowSeconds: 60 * 60 },
];

export function rateLimitKey(secret: string, scope: Limit["scope"], value: string): string {
  return `signin:${scope}:${createHmac("sha256", secret).update(`${scope}\u0000${value}`).digest("base64url").slice(0, 32)}`;
}

/** Same normalisation next-auth applies, so "A@x.org " and "a@x.org" share one budget. */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

/** The client is the address the nearest trusted proxy saw; without a proxy, Next's own value. */
export function clientAddress(forwardedFor: string | null, trustProxy: boolean): string {
  const hops = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  if (!hops.length) return "unknown";
  return (trustProxy ? hops.at(-1) : hops[0]) ?? "unknown";
}

export function retryMinutes(windowStart: Date, windowSeconds: number, now: Date): number {
  const ms = windowStart.getTime() + windowSeconds * 1000 - now.getTime();
  return Math.max(1, Math.ceil(ms / 60_000));
}
