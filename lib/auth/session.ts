import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

export type SignedInUser = { id: string; email: string; name: string | null };

export async function loadCurrentUser(): Promise<SignedInUser | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as Partial<SignedInUser> | undefined;
  return user?.id && user.email ? { id: user.id, email: user.email, name: user.name ?? null } : null;
}

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
