import { buildPdf } from "@/lib/letters/pdf";
import { loadLetterForDownload } from "@/lib/requests/letter-download";

export async function GET(_request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const loaded = await loadLetterForDownload((await params).draftId);
  if ("response" in loaded) return loaded.response;
  const pdf = await buildPdf(loaded.letter);
  return new Response(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="request.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
