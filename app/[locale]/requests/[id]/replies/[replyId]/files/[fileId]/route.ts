import { orUnavailable } from "@/lib/http/unavailable";
import { replyFileResponse } from "@/lib/replies/downloads";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; replyId: string; fileId: string }> }) {
  const { id, replyId, fileId } = await params;
  return orUnavailable(() => replyFileResponse(id, replyId, fileId));
}
