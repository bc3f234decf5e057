import { orUnavailable } from "@/lib/http/unavailable";
import { followUpDownload } from "@/lib/requests/tracking/downloads";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return orUnavailable(() => followUpDownload(id, "follow-up", "eml", new URL(request.url).searchParams.get("lang")));
}
