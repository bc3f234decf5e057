import "server-only";
import { getDb } from "@/lib/db/client";
import { STAGE } from "@/lib/requests/lifecycle";
import type { DeadlineRow } from "./entries";

// A feed lists what a calendar can use: the open deadlines, soonest first, capped so a feed stays
// a quick download however long the user's history.
const FEED_LIMIT = 1000;

export async function loadCalendarFeedStatus(userId: string): Promise<{ createdAt: Date } | null> {
  const db = await getDb();
  return db.calendarFeed.findFirst({ where: { userId, revokedAt: null }, select: { createdAt: true }, orderBy: { createdAt: "desc" } });
}

/** Unscoped by design: the secret token is the only credential a calendar app can present. */
export async function unsafeLoadFeedOwner(tokenHash: string): Promise<string | null> {
  const db = await getDb();
  const feed = await db.calendarFeed.findFirst({ where: { tokenHash, revokedAt: null }, select: { userId: true } });
  return feed?.userId ?? null;
}

export async function loadDeadlineRows(userId: string): Promise<DeadlineRow[]> {
  const db = await getDb();
  return db.request.findMany({
    where: { userId, stage: STAGE.clock },
    select: { id: true, serviceName: true, regime: true, rights: true, dueDate: true, status: true, version: true },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
  });
}
