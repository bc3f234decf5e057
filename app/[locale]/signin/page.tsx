import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/lib/auth/components/sign-in-form";
import { signInErrorMessage } from "@/lib/auth/schema";
import { loadCurrentUser, safeReturnPath } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl));
  if (await loadCurrentUser()) redirect(callbackUrl);
  const retry = Number(first(params.retry));
  const error = signInErrorMessage(first(params.error), Number.isFinite(retry) && retry > 0 ? retry : undefined);
  return (
    <div className="page narrow stack">
      <h1>Sign in</h1>
      <p>Sign in to save your requests and get a reminder before each legal deadline. Enter your email address and we will send you a link.</p>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
    </div>
  );
}
