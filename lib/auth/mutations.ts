import "server-only";
import { getDb } from "@/lib/db/client";

/**
 * Counts one use of `key` in a fixed window and returns the count so far, atomically: two
 * requests at once cannot both see the last free slot.
 */
export async function hitRateLimit(key: string, windowSeconds: number, now: Date): Promise<{ count: number; windowStart: Date }> {
  const db = await getDb();
  const expiredBefore = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${expiredBefore} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${expiredBefore} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return row;
}
