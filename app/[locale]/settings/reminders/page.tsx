import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { ReminderPreferencesForm } from "@/lib/reminders/components/preferences-form";
import { loadReminderPreferences } from "@/lib/reminders/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("meta") };
}

export default async function ReminderSettingsPage() {
  const user = await requireUser("/settings/reminders");
  const { timeZoneChosen, ...initial } = await loadReminderPreferences(user.id);
  const t = await getTranslations("reminders");
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(initial.timeZone)) timeZones.unshift(initial.timeZone);
  return (
    <div className="page narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("intro", { email: user.email })}</p>
      <ReminderPreferencesForm initial={initial} timeZoneChosen={timeZoneChosen} timeZones={timeZones} />
      <p>
        <Link href="/dashboard">{t("back")}</Link>
      </p>
    </div>
  );
}
