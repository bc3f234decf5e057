import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest, MAX_ACTION_BODY_BYTES } from "@/lib/http/action-body";
import { readBodyCapped } from "@/lib/http/body";
import { listLocales } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";

// A server action's body is checked before Next parses it: Next answers 500 to one it cannot read.
async function refuseBadActionBody(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const bytes = await readBodyCapped(request.clone(), MAX_ACTION_BODY_BYTES);
  const verdict = bytes
    ? await checkActionRequest(request.headers.get("content-type"), bytes)
    : ({ ok: false, status: 413, message: "The request is larger than 1 MB." } as const);
  return verdict.ok
    ? null
    : new NextResponse(verdict.message, { status: verdict.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

// A fresh nonce per request: Next puts it on its own scripts, and nothing else may run.
export async function proxy(request: NextRequest) {
  // A path that is not valid percent-encoded UTF-8 (%ED%A0%80) makes Next's routing throw: answer 400.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("The address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const refused = await refuseBadActionBody(request);
  if (refused) return refused;
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The language: the switcher's cookie, else the browser's, else English. Every page lives under
  // app/[locale]; the rewrite is internal, so addresses carry no prefix. next-intl reads the header
  // where a page did not set its locale (server actions).
  const locale = resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") }, listLocales());
  headers.set("X-NEXT-INTL-LOCALE", locale);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`;
  const response = NextResponse.rewrite(target, { request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.append("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
