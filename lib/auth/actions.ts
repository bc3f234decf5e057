"use server";

import NextAuth from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { loadConfig } from "@/lib/config";
import { PEER_HEADER } from "@/lib/http/peer-address";
import { issueIn } from "@/lib/i18n/validation";
import { singleLine } from "@/lib/text/safe-text";
import { prismaAdapter } from "./adapter";
import { authOptions } from "./options";
import { clientAddress, normalizeEmail } from "./rate-limit";
import { signInErrorMessage, signInSchema, type SignInErrorKey } from "./schema";
import { safeReturnPath } from "./session";
import { guardSignInEmail } from "./sign-in-guard";

export type SignInFormState = { error: string } | undefined;

const formSchema = z.object({
  email: z.pipe(singleLine("emailAddress", 254), signInSchema.shape.email),
  callbackUrl: z.optional(singleLine("returnAddress", 2_000)),
});

type NextAuthCall = (req: NextRequest, context: { params: Promise<{ nextauth: string[] }> }, options: ReturnType<typeof authOptions>) => Promise<Response>;
const callNextAuth = (path: string, req: NextRequest) =>
  (NextAuth as unknown as NextAuthCall)(req, { params: Promise.resolve({ nextauth: path.split("/") }) }, authOptions());

/** The name and value of each cookie a response sets ("name=value; Path=/…"). */
function setCookies(response: Response): { name: string; value: string; secure: boolean }[] {
  return response.headers.getSetCookie().flatMap((line) => {
    const [pair = "", ...attributes] = line.split(";");
    const at = pair.indexOf("=");
    if (at <= 0) return [];
    return [
      {
        name: pair.slice(0, at).trim(),
        value: decodeURIComponent(pair.slice(at + 1).trim()),
        secure: attributes.some((a) => a.trim().toLowerCase() === "secure"),
      },
    ];
  });
}

/**
 * The sign-in form posted without JavaScript: the same limits and the same next-auth flow as the
 * scripted form. next-auth refuses a post without its CSRF pair, so this asks it for one (setting
 * the cookie it checks), then posts the address with the token.
 */
export async function requestSignInLinkAction(_previous: unknown, form: unknown): Promise<SignInFormState> {
  // In the language of the page that posted (the proxy's locale header).
  const t = await getTranslations("signin.errors");
  const text = (key: SignInErrorKey, values?: { minutes: number }) => t(key, values as { minutes: number });
  if (!(form instanceof FormData)) return { error: text("Default") };
  const parsed = formSchema.safeParse({ email: form.get("email") ?? "", callbackUrl: form.get("callbackUrl") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return { error: message && t.has(message as SignInErrorKey) ? text(message as SignInErrorKey) : message ? await issueIn(message) : text("Default") };
  }
  const email = normalizeEmail(parsed.data.email);
  if (!email) return { error: text("invalid") };
  const config = loadConfig();
  const incoming = await headers();
  const client = clientAddress({ forwardedFor: incoming.get("x-forwarded-for"), peer: incoming.get(PEER_HEADER) }, config.TRUST_PROXY);
  const guard = await guardSignInEmail(email, client);
  if (!guard.ok) return { error: signInErrorMessage(text, "RateLimited", guard.retryMinutes)! };

  const base = `${config.appUrl}/api/auth`;
  const csrf = await callNextAuth("csrf", new NextRequest(`${base}/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  const jar = await cookies();
  for (const cookie of setCookies(csrf)) jar.set(cookie.name, cookie.value, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure });
  const body = new URLSearchParams({
    csrfToken: csrfToken ?? "",
    email,
    callbackUrl: `${config.appUrl}${safeReturnPath(parsed.data.callbackUrl)}`,
    json: "true",
  });
  const sent = await callNextAuth(
    "signin/email",
    new NextRequest(`${base}/signin/email`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body }),
  );
  const { url } = (await sent.json().catch(() => ({}))) as { url?: string };
  const answer = url ? new URL(url, config.appUrl) : null;
  // next-auth answers with its verify-request address when the mail went out, else with an error
  // code (or, for a CSRF refusal, its sign-in page).
  if (!answer?.pathname.endsWith("/verify-request")) return { error: signInErrorMessage(text, answer?.searchParams.get("error") ?? "Default")! };
  redirect("/signin/check-email");
}

/**
 * Signing out from a plain form (no JavaScript): ends the database session the cookie names and
 * drops the cookie, as next-auth's own sign-out does. Next checks the action's origin.
 */
export async function signOutFormAction(form: unknown): Promise<void> {
  if (!(form instanceof FormData)) return;
  const secure = loadConfig().appUrl.startsWith("https://");
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const jar = await cookies();
  const token = jar.get(name)?.value;
  if (token) await prismaAdapter().deleteSession?.(token);
  jar.delete(name);
  redirect("/");
}
