import { createHash, timingSafeEqual } from "node:crypto";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * True when `Authorization: Bearer <secret>` carries exactly the secret. Both sides are hashed to
 * the same length first, so the comparison takes the same time whatever was sent.
 */
export function bearerMatches(header: string | null, secret: string): boolean {
  const presented = /^Bearer +(\S+)\s*$/i.exec(header ?? "")?.[1] ?? "";
  const same = timingSafeEqual(digest(presented), digest(secret));
  return same && presented.length > 0 && secret.length > 0;
}
