import "server-only";
import { loadConfig } from "@/lib/config";
import { loadDeadlineRows, unsafeLoadFeedOwner } from "./data";
import { deadlineEntry } from "./entries";
import { buildCalendar } from "./ics";
import { hashFeedToken, isFeedTokenShape } from "./token";

// A wrong, revoked or malformed token all get the same 404, so a URL tells nobody whether it
// ever worked or whose it was.
const notFound = () =>
  new Response("No such calendar.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function calendarFeedResponse(token: string, now = new Date()): Promise<Response> {
  if (!isFeedTokenShape(token)) return notFound();
  const userId = await unsafeLoadFeedOwner(hashFeedToken(token));
  if (!userId) return notFound();
  const appUrl = loadConfig().appUrl;
  const entries = (await loadDeadlineRows(userId)).map((row) => deadlineEntry(row, appUrl));
  return new Response(buildCalendar({ name: "RightsDesk deadlines", entries, now }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
