import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientAddress, normalizeEmail } from "@/lib/auth/rate-limit";
import { guardSignInEmail } from "@/lib/auth/sign-in-guard";
import { MAX_AUTH_BODY_BYTES, parseAuthBody } from "@/lib/auth/sign-in-request";
import { loadConfig } from "@/lib/config";
import { readBodyCapped } from "@/lib/http/body";
import { PEER_HEADER } from "@/lib/http/peer-address";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(req: NextRequest, context: Context) {
  // next-auth v4's route handler is typed loosely (`any`); it returns the response.
  return NextAuth(req as never, context as never, authOptions()) as Promise<Response>;
}

export const GET = handle;

const refuse = (status: number, error: string) => NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(req: NextRequest, context: Context) {
  const bytes = await readBodyCapped(req, MAX_AUTH_BODY_BYTES);
  if (!bytes) return refuse(413, "The request is too large.");
  const body = parseAuthBody(req.headers.get("content-type"), bytes);
  if (!body.ok) return refuse(body.status, body.message);

  const { nextauth } = await context.params;
  const email = nextauth.join("/") === "signin/email" ? normalizeEmail(body.fields.email) : null;
  if (email) {
    const config = loadConfig();
    const client = clientAddress({ forwardedFor: req.headers.get("x-forwarded-for"), peer: req.headers.get(PEER_HEADER) }, config.TRUST_PROXY);
    const guard = await guardSignInEmail(email, client);
    if (!guard.ok) {
      const url = `${config.appUrl}/signin?error=RateLimited&retry=${guard.retryMinutes}`;
      // next-auth's client posts with json=true and reads the error from the returned url.
      if (body.fields.json === "true" || body.fields.json === true) {
        return NextResponse.json({ url }, { status: 429, headers: { "Retry-After": String(guard.retryMinutes * 60) } });
      }
      return NextResponse.redirect(url, 303);
    }
  }
  // next-auth reads the body itself: hand it the bytes that were checked.
  return handle(new NextRequest(req.url, { method: "POST", headers: req.headers, body: bytes as BodyInit }), context);
}
