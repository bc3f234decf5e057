import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="page narrow stack">
      <h1>Check your email</h1>
      <p>We sent you a sign-in link. Open it on this device; it works once and expires in 30 minutes.</p>
      <p className="muted">Nothing arrived after a few minutes? Look in your spam folder, or <Link href="/signin">ask for a new link</Link>.</p>
    </div>
  );
}
