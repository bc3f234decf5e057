import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { guardSignInEmail } from "@/lib/auth/sign-in-guard";
import { loadConfig } from "@/lib/config";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(req: NextRequest, context: Context) {
  return NextAuth(req as never, context as never, authOptions());
}

export const GET = handle;

export async function POST(req: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await req.clone().formData().catch(() => null);
    const email = form?.get("email");
    if (typeof email === "string" && email.trim()) {
      const guard = await guardSignInEmail(email, req.headers.get("x-forwarded-for"));
      if (!guard.ok) {
        const url = `${loadConfig().appUrl}/signin?error=RateLimited&retry=${guard.retryMinutes}`;
        // next-auth's client posts with json=true and reads the error from the returned url.
        if (form?.get("json") === "true") return NextResponse.json({ url }, { status: 429, headers: { "Retry-After": String(guard.retryMinutes * 60) } });
        return NextResponse.redirect(url, 303);
      }
    }
  }
  return handle(req, context);
}
