import type { Metadata } from "next";
import Link from "next/link";
import { signInErrorMessage } from "@/lib/auth/schema";

export const metadata: Metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<{ error?: string | string[] }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const raw = (await searchParams).error;
  const code = Array.isArray(raw) ? raw[0] : raw;
  const expired = code === "Verification";
  return (
    <div className="page narrow stack">
      <h1>{expired ? "This link no longer works" : "We could not sign you in"}</h1>
      <p className="notice bad" role="alert">{signInErrorMessage(code ?? "Default")}</p>
      {expired && <p>Sign-in links work once and for 30 minutes, so that a forwarded or old email cannot open your account.</p>}
      <p><Link className="button" href="/signin">Get a new sign-in link</Link></p>
    </div>
  );
}
