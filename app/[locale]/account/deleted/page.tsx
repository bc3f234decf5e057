import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="page narrow stack">
      <h1>Your account is deleted</h1>
      <p role="status">Your account and all its data have been deleted from RightsDesk.</p>
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
    </div>
  );
}
