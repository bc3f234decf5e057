import "server-only";
import { loadConfig } from "@/lib/config";
import { hitRateLimit } from "./mutations";
import { GLOBAL_HARD_MAX, LIGHT_CLIENT_MAX, rateLimitKey, retryMinutes, SIGN_IN_LIMITS, type Limit } from "./rate-limit";

export type GuardResult = { ok: true } | { ok: false; reason: "rate-limited"; scope: Limit["scope"]; retryMinutes: number };

/**
 * Checks every limit for one sign-in mail to `email` (already normalised the way next-auth will
 * use it) from `client`. Each check counts, so probing costs budget; the client is counted first,
 * so one client's flood never reaches the budgets that others share.
 */
export async function guardSignInEmail(email: string, client: string, now = new Date()): Promise<GuardResult> {
  const config = loadConfig();
  const values = { email, client, global: "all" };
  let clientCount = 0;
  for (const limit of SIGN_IN_LIMITS) {
    const hit = await hitRateLimit(rateLimitKey(config.authSecret, limit.scope, values[limit.scope]), limit.windowSeconds, now);
    if (limit.scope === "client") clientCount = hit.count;
    const over = limit.scope === "global" ? hit.count > limit.max && (clientCount > LIGHT_CLIENT_MAX || hit.count > GLOBAL_HARD_MAX) : hit.count > limit.max;
    if (over) return { ok: false, reason: "rate-limited", scope: limit.scope, retryMinutes: retryMinutes(hit.windowStart, limit.windowSeconds, now) };
  }
  return { ok: true };
}
