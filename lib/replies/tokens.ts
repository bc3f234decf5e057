import { randomBytes } from "node:crypto";

// The private part of a request's reply address: 128 random bits as 32 hex digits.
const TOKEN = /^[0-9a-f]{32}$/;

export const newReplyToken = () => randomBytes(16).toString("hex");
export const isReplyToken = (value: unknown): value is string => typeof value === "string" && TOKEN.test(value);

export const replyAddress = (token: string, domain: string) => `r-${token}@${domain}`;

/** The token in `r-<token>@<domain>`, or null for any other address or domain (case-insensitive). */
export function tokenOfAddress(address: string, domain: string): string | null {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at === -1 || lower.slice(at + 1) !== domain.toLowerCase() || !lower.startsWith("r-")) return null;
  const token = lower.slice(2, at);
  return isReplyToken(token) ? token : null;
}
