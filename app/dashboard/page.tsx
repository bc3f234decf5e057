import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your requests" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <div className="page stack">
      <h1>Your requests</h1>
      <p className="muted">Signed in as {user.email}</p>
      <section className="card stack" aria-labelledby="empty-heading">
        <h2 id="empty-heading">No requests yet</h2>
        <p>
          When you send a request, it appears here with the date the company must answer by, and we remind you
          before that date and when it has passed.
        </p>
        <p><Link className="button" href="/services">Choose a service to write to</Link></p>
      </section>
    </div>
  );
}
