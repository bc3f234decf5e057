import { orUnavailable } from "@/lib/http/unavailable";
import { calendarFeedResponse } from "@/lib/calendar/feed-response";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return orUnavailable(() => calendarFeedResponse(token));
}
