import { orUnavailable } from "@/lib/http/unavailable";
import { evidenceResponse } from "@/lib/requests/tracking/downloads";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return orUnavailable(() => evidenceResponse(id));
}
