import "server-only";
import { loadConfig } from "@/lib/config";
import { hitRateLimit } from "./mutations";
import { clientAddress, normalizeEmail, rateLimitKey, retryMinutes, SIGN_IN_LIMITS } from "./rate-limit";

export type GuardResult = { ok: true } | { ok: false; reason: "rate-limited"; scope: string; retryMinutes: number };

/** Checks every limit for one sign-in mail request; each check counts, so probing costs budget. */
export async function guardSignInEmail(rawEmail: string, forwardedFor: string | null, now = new Date()): Promise<GuardResult> {
  const config = loadConfig();
  const values = {
    email: normalizeEmail(rawEmail),
    client: clientAddress(forwardedFor, config.TRUST_PROXY),
    global: "all",
  };
  for (const limit of SIGN_IN_LIMITS) {
    const hit = await hitRateLimit(rateLimitKey(config.authSecret, limit.scope, values[limit.scope]), limit.windowSeconds, now);
    if (hit.count > limit.max) {
      return { ok: false, reason: "rate-limited", scope: limit.scope, retryMinutes: retryMinutes(hit.windowStart, limit.windowSeconds, now) };
    }
  }
  return { ok: true };
}
