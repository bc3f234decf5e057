import type { Metadata } from "next";
import Link from "next/link";
import { loadUnsubscribeTarget } from "@/lib/reminders/data";

export const metadata: Metadata = { title: "Stop reminder emails", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[]; done?: string | string[] }> };

// Reached from the link in every reminder, without signing in. Opening it changes nothing (mail
// scanners open links); the button does.
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : "";
  const target = await loadUnsubscribeTarget(token);
  if (!target) {
    return (
      <div className="page narrow stack">
        <h1>This link does not work</h1>
        <p>It may have been copied incompletely. Sign in to change your reminder emails in the settings.</p>
        <p>
          <Link className="button" href="/settings/reminders">
            Reminder settings
          </Link>
        </p>
      </div>
    );
  }
  if (target.unsubscribed) {
    return (
      <div className="page narrow stack">
        <h1>Reminder emails are off</h1>
        <p className="notice ok" role="status">
          {target.maskedEmail} gets no more reminder emails{query.done ? " from now on" : ""}.
        </p>
        <p>Your requests and their deadlines stay on your dashboard. You can turn reminders on again in the settings.</p>
        <p>
          <Link href="/settings/reminders">Reminder settings</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow stack">
      <h1>Stop reminder emails?</h1>
      <p>
        {target.maskedEmail} will get no more emails about deadlines, including the one the day after a deadline passes. Sign-in emails still come when you ask
        for them.
      </p>
      <form method="post" action={`/api/reminders/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="return" value="page" />
        <button type="submit">Stop reminder emails</button>
      </form>
      <p>
        Or <Link href="/settings/reminders">choose fewer reminders</Link> instead.
      </p>
    </div>
  );
}
