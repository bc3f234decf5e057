"use server";

import { revalidatePath } from "next/cache";
import { loadCurrentUser } from "@/lib/auth/session";
import { loadConfig } from "@/lib/config";
import { feedUrl } from "./feed-url";
import { createCalendarFeed, revokeCalendarFeeds } from "./mutations";

export type FeedResult = { ok: true; url: string | null } | { ok: false; reason: "signed-out" };

export async function createCalendarFeedAction(): Promise<FeedResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const token = await createCalendarFeed(user.id);
  revalidatePath("/account");
  return { ok: true, url: feedUrl(loadConfig().appUrl, token) };
}

export async function revokeCalendarFeedAction(): Promise<FeedResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  await revokeCalendarFeeds(user.id);
  revalidatePath("/account");
  return { ok: true, url: null };
}
