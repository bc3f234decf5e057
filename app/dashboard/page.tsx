import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { RequestList } from "@/lib/requests/components/request-list";
import { loadRequests } from "@/lib/requests/data";

export const metadata: Metadata = { title: "Your requests" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const requests = await loadRequests(user.id);
  return (
    <div className="page stack">
      <h1>Your requests</h1>
      <p className="muted">Signed in as {user.email}</p>
      {requests.length > 0 ? (
        <>
          <RequestList requests={requests} now={new Date()} />
          <p><Link className="button" href="/requests/new">Write another request</Link></p>
        </>
      ) : (
        <section className="card stack" aria-labelledby="empty-heading">
          <h2 id="empty-heading">No requests yet</h2>
          <p>
            When you send a request, it appears here with the date the company must answer by, and we remind you
            before that date and when it has passed.
          </p>
          <p><Link className="button" href="/requests/new">Start a request</Link></p>
        </section>
      )}
    </div>
  );
}
