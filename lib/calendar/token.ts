import { createHash, randomBytes } from "node:crypto";

// The feed URL is the credential: 256 random bits, and only its hash is stored, so a database
// leak does not hand out working calendar URLs.

export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Rejects anything that could not be a token before it reaches the database. */
export function isFeedTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
