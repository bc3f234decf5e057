import { orUnavailable } from "@/lib/http/unavailable";
import { replyRawResponse } from "@/lib/replies/downloads";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; replyId: string }> }) {
  const { id, replyId } = await params;
  return orUnavailable(() => replyRawResponse(id, replyId));
}
