import { orUnavailable } from "@/lib/http/unavailable";
import { deadlineIcsResponse } from "@/lib/requests/tracking/downloads";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return orUnavailable(() => deadlineIcsResponse(id));
}
