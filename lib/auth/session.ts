import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { assertDatabaseReachable } from "@/lib/db/health";
import { authOptions } from "./options";

export type SignedInUser = { id: string; email: string; name: string | null };

// Once per request: the layouts' SignedInMark and the page both ask.
export const loadCurrentUser = cache(async function loadCurrentUser(): Promise<SignedInUser | null> {
  // The cookies first: that makes a page that asks who is signed in one rendered per request, before
  // anything reads the configuration (which a build does not have).
  const jar = await cookies();
  const session = await getServerSession(authOptions());
  const user = session?.user as Partial<SignedInUser> | undefined;
  if (user?.id && user.email) return { id: user.id, email: user.email, name: user.name ?? null };
  // next-auth answers "no session" when the database fails, too. With a session cookie that is
  // an outage, not a sign-out: say so, so the page asks to try again instead of signing out.
  if (jar.getAll().some((cookie) => cookie.name.endsWith("next-auth.session-token"))) await assertDatabaseReachable();
  return null;
});

/** For protected pages: the signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SignedInUser> {
  const user = await loadCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}

/** Only same-site paths: an open redirect after sign-in would make our links a phishing tool. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/dashboard";
  return value;
}
