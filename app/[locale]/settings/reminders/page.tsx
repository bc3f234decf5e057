import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ReminderPreferencesForm } from "@/lib/reminders/components/preferences-form";
import { loadReminderPreferences } from "@/lib/reminders/data";

export const metadata: Metadata = { title: "Reminder emails" };

export default async function ReminderSettingsPage() {
  const user = await requireUser("/settings/reminders");
  const { timeZoneChosen, ...initial } = await loadReminderPreferences(user.id);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(initial.timeZone)) timeZones.unshift(initial.timeZone);
  return (
    <div className="page narrow stack">
      <h1>Reminder emails</h1>
      <p>
        We email {user.email} before each request&apos;s deadline and the day after it passes, until you record an
        answer. Changes apply to the reminders not sent yet.
      </p>
      <ReminderPreferencesForm initial={initial} timeZoneChosen={timeZoneChosen} timeZones={timeZones} />
      <p><Link href="/dashboard">Back to your requests</Link></p>
    </div>
  );
}
