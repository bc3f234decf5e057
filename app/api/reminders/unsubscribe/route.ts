import { readBodyCapped } from "@/lib/http/body";
import { NextResponse } from "next/server";
import { loadConfig } from "@/lib/config";
import { unsubscribeByToken } from "@/lib/reminders/mutations";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

function pageUrl(token: string, done: boolean): URL {
  const url = new URL("/settings/reminders/unsubscribe", loadConfig().appUrl);
  url.searchParams.set("token", token);
  if (done) url.searchParams.set("done", "1");
  return url;
}

// A link a mail scanner follows must not unsubscribe anyone: GET only shows the confirmation page.
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return NextResponse.redirect(pageUrl(token, false), { status: 303, headers: noStore });
}

/** RFC 8058 allows both form encodings for the one-click body. */
// One-click bodies are a few bytes; anything past 8 KB is read no further.
async function readForm(request: Request): Promise<{ get(name: string): unknown }> {
  try {
    const bytes = await readBodyCapped(request, 8 * 1024);
    if (!bytes) return new URLSearchParams();
    const type = request.headers.get("content-type") ?? "";
    if (type.includes("multipart/form-data")) return await new Response(bytes, { headers: { "content-type": type } }).formData();
    return new URLSearchParams(new TextDecoder().decode(bytes));
  } catch {
    return new URLSearchParams();
  }
}

// RFC 8058 one-click: the mail client POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe
// address. The confirmation page posts the same body, plus `return=page` to come back to it.
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const body = await readForm(request);
  if (body.get("List-Unsubscribe") !== "One-Click") {
    return NextResponse.json({ ok: false, error: "expected the body List-Unsubscribe=One-Click" }, { status: 400, headers: noStore });
  }
  const found = token.length > 0 && token.length <= 100 && (await unsubscribeByToken(token));
  if (body.get("return") === "page") return NextResponse.redirect(pageUrl(token, found), { status: 303, headers: noStore });
  if (!found) return NextResponse.json({ ok: false, error: "unknown or expired link" }, { status: 404, headers: noStore });
  return NextResponse.json({ ok: true, unsubscribed: "reminder emails" }, { headers: noStore });
}
