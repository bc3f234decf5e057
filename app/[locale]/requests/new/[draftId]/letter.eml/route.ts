import { loadConfig } from "@/lib/config";
import { buildEml } from "@/lib/letters/eml";
import { loadLetterForDownload } from "@/lib/requests/letter-download";

export async function GET(_request: Request, { params }: { params: Promise<{ draftId: string }> }) {
  const loaded = await loadLetterForDownload((await params).draftId);
  if ("response" in loaded) return loaded.response;
  const eml = buildEml(loaded.letter, { messageIdDomain: new URL(loadConfig().appUrl).hostname });
  return new Response(eml, {
    headers: {
      "Content-Type": "message/rfc822",
      "Content-Disposition": `attachment; filename="${loaded.fileName}.eml"`,
      "Cache-Control": "private, no-store",
    },
  });
}
