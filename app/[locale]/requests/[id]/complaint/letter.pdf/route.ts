import { orUnavailable } from "@/lib/http/unavailable";
import { complaintDownload } from "@/lib/requests/tracking/downloads";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  return orUnavailable(() => complaintDownload(id, query.get("authority"), "pdf", query.get("lang")));
}
