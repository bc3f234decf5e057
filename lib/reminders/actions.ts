"use server";

import { revalidatePath } from "next/cache";
import { loadCurrentUser } from "@/lib/auth/session";
import { issuesIn } from "@/lib/i18n/validation";
import { saveReminderPreferences } from "./mutations";
import { preferencesSchema } from "./schema";

export type PreferencesResult = { ok: true; planned: number } | { ok: false; reason: "signed-out" | "invalid"; issues?: { path: string; message: string }[] };

/** Saves the reminder settings and re-plans the user's reminders at once. */
export async function saveReminderPreferencesAction(input: unknown): Promise<PreferencesResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = preferencesSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, reason: "invalid", issues: await issuesIn(parsed.error) };
  }
  const result = await saveReminderPreferences(user.id, parsed.data);
  revalidatePath("/settings/reminders");
  revalidatePath("/dashboard");
  return { ok: true, planned: result.created + result.revived };
}
