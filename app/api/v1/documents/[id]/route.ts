import { NextResponse } from "next/server";
import { findDocument } from "@/lib/services/documents/documents";
import { loadDocumentBytes } from "@/lib/services/documents/load";

// The stored bytes, unchanged, so a client can check citation offsets and the SHA-256 itself.
// nosniff: the text is a third party's and must never be taken for HTML or script.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = findDocument(id);
  if (!doc) {
    return NextResponse.json({ error: `No document "${id}".` }, { status: 404, headers: { "X-Content-Type-Options": "nosniff" } });
  }
  return new Response(new Uint8Array(loadDocumentBytes(doc.id)), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=300",
      ETag: `"${doc.sha256}"`,
      // The captures' licence asks for the credit wherever the text goes, the raw bytes included.
      ...(doc.attribution ? { "X-Attribution": `${doc.attribution.credit}, ${doc.attribution.license}` } : {}),
    },
  });
}
