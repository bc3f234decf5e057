import { pdfOffThread } from "@/lib/workers/off-thread";
import { loadLetterForDownload } from "@/lib/requests/letter-download";

export async function GET(_request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const loaded = await loadLetterForDownload((await params).draftId);
  if ("response" in loaded) return loaded.response;
  const pdf = await pdfOffThread({ kind: "letter-pdf", letter: loaded.letter });
  if (pdf instanceof Response) return pdf;
  return new Response(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: "application/pdf" }), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${loaded.fileName}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
