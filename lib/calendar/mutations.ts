import "server-only";
import { getDb } from "@/lib/db/client";
import { hashFeedToken, newFeedToken } from "./token";

/** A new secret feed URL; any earlier one stops working. Returns the token, which is not stored. */
export async function createCalendarFeed(userId: string, now = new Date()): Promise<string> {
  const db = await getDb();
  const token = newFeedToken();
  await db.$transaction([
    db.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
    db.calendarFeed.create({ data: { userId, tokenHash: hashFeedToken(token) } }),
  ]);
  return token;
}

export async function revokeCalendarFeeds(userId: string, now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
