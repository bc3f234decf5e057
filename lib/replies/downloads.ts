import "server-only";
import { loadCurrentUser } from "@/lib/auth/session";
import { loadReplyAttachment, loadReplyRaw } from "./data";

// The raw message and its files, for the owner only: always as a download (never shown inline, so
// an HTML or SVG file a company sent cannot run in our origin), 404 alike for missing and not yours.

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

function download(bytes: Uint8Array, name: string): Response {
  const ascii = name.replace(/[^\w.-]/g, "_").slice(0, 150) || "file";
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

export async function replyRawResponse(requestId: string, replyId: string): Promise<Response> {
  const user = await loadCurrentUser();
  if (!user) return text(401, "Sign in to download this file.");
  const row = await loadReplyRaw(user.id, requestId, replyId);
  if (!row) return text(404, "There is no such reply.");
  const day = (row.sentAt ?? row.createdAt).toISOString().slice(0, 10);
  return download(row.raw, `reply-${day}.${row.source === "paste" ? "txt" : "eml"}`);
}

export async function replyFileResponse(requestId: string, replyId: string, fileId: string): Promise<Response> {
  const user = await loadCurrentUser();
  if (!user) return text(401, "Sign in to download this file.");
  const row = await loadReplyAttachment(user.id, requestId, replyId, fileId);
  if (!row) return text(404, "There is no such file.");
  return download(row.bytes, row.filename);
}
