import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest, MAX_ACTION_BODY_BYTES } from "@/lib/http/action-body";
import { readBodyCapped } from "@/lib/http/body";
import { contentSecurityPolicy, prerenderedScriptHashes } from "@/lib/http/csp";
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

// A public page's default view (no query string) is built ahead under app/[locale]/prerendered and
// served at its usual address when the build has it; a search, the deadline calculator's answer, a
// company of the catalogue or an older record stay with the page rendered per request. Without a
// build (next dev) every page is rendered per request.
function internalPath(locale: string, url: NextRequest["nextUrl"], prerendered: (path: string) => boolean): string {
  const path = url.pathname;
  if (path === "/prerendered" || path.startsWith("/prerendered/")) return `/${locale}/not-found`;
  const own = `/${locale}${path === "/" ? "" : path}`;
  const twin = `/${locale}/prerendered${path}`;
  return url.search === "" && prerendered(twin) ? twin : own;
}

// A page rendered at build is sent as it was built, and its CSP lists its inline scripts' hashes; any
// other answer gets a fresh nonce, which Next puts on its own scripts, and nothing else may run.
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
  // The language: the switcher's cookie, else the browser's, else English. Every page lives under
  // app/[locale]; the rewrite is internal, so addresses carry no prefix. next-intl reads the header
  // where a page did not set its locale (server actions).
  const locale = resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") }, listLocales());
  const dev = process.env.NODE_ENV === "development";
  // next dev renders every page per request, even with a production build's manifest left in .next.
  const read = !dev && (request.method === "GET" || request.method === "HEAD");
  const hashesOf = (path: string) => (read ? prerenderedScriptHashes(path) : null);
  const target = request.nextUrl.clone();
  target.pathname = internalPath(locale, request.nextUrl, (path) => hashesOf(path) !== null);
  const hashes = hashesOf(target.pathname);
  const headers = new Headers(request.headers);
  let csp: string;
  if (hashes) {
    csp = contentSecurityPolicy({ hashes }, dev);
  } else {
    const nonce = btoa(crypto.randomUUID());
    csp = contentSecurityPolicy({ nonce }, dev);
    headers.set("x-nonce", nonce);
  }
  headers.set("Content-Security-Policy", csp);
  headers.set("X-NEXT-INTL-LOCALE", locale);
  const response = NextResponse.rewrite(target, { request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.append("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
