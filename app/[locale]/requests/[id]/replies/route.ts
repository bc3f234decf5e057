import { orUnavailable } from "@/lib/http/unavailable";
import { handleReplyUpload } from "@/lib/replies/upload";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return orUnavailable(() => handleReplyUpload(request, id));
}
