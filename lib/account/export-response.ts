import "server-only";
import { loadCurrentUser } from "@/lib/auth/session";
import { loadAccountExport } from "./data";

const plain = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function accountExportResponse(now = new Date()): Promise<Response> {
  const user = await loadCurrentUser();
  if (!user) return plain(401, "Sign in to download your data.");
  const data = await loadAccountExport(user.id);
  if (!data) return plain(404, "There is no such account.");
  const body = JSON.stringify({ exportedAt: now.toISOString(), format: "rightsdesk-export-1", ...data }, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="rightsdesk-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
