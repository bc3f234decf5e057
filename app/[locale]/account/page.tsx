import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/lib/account/components/delete-account-form";
import { requireUser } from "@/lib/auth/session";
import { CalendarFeed } from "@/lib/calendar/components/calendar-feed";
import { loadCalendarFeedStatus } from "@/lib/calendar/data";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const feed = await loadCalendarFeedStatus(user.id);
  return (
    <div className="page narrow stack">
      <h1>Your account</h1>
      <p className="muted">Signed in as {user.email}</p>

      <section className="card stack" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Deadlines in your calendar</h2>
        <p>A private link your calendar app can subscribe to: every open request appears on the day its answer is due, and moves when the deadline does.</p>
        <CalendarFeed active={feed ? { createdAt: feed.createdAt.toISOString() } : null} />
      </section>

      <section className="card stack" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p>We email you before each legal deadline and once it has passed. Choose when, or turn them off.</p>
        <p><Link className="button secondary" href="/settings/reminders">Reminder settings</Link></p>
      </section>

      <section className="card stack" aria-labelledby="export-heading">
        <h2 id="export-heading">Your data</h2>
        <p>Download everything RightsDesk holds about you as one JSON file: your requests with their letters, timelines and notes, drafts, saved details, custom services, reminders and settings.</p>
        <p><a className="button secondary" href="/account/export.json" download>Download my data (JSON)</a></p>
      </section>

      <section className="card stack" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>Deletes your account and all its data at once. Letters you already sent stay with the companies you sent them to.</p>
        <DeleteAccountForm email={user.email} />
      </section>
    </div>
  );
}
