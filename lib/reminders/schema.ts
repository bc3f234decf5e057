import * as z from "zod/mini";
import { issue } from "@/lib/i18n/issue-text";
import { isTimeZone } from "./local-time";

export const REMINDER_STATUSES = ["pending", "sending", "sent", "cancelled", "failed"] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** The days before a deadline a reminder can be asked for. */
export const DAYS_BEFORE_CHOICES = [14, 7, 3, 1] as const;

export type ReminderKind = `before-${number}d` | "overdue-1d" | "digest";

export function beforeKind(days: number): ReminderKind {
  return `before-${days}d`;
}

export function daysBeforeOf(kind: string): number | null {
  const match = /^before-(\d+)d$/.exec(kind);
  return match ? Number(match[1]) : null;
}

const hour = z.pipe(
  z.coerce.number({ error: issue("reminders.hour") }),
  z.int(issue("reminders.hourRange")).check(z.minimum(0, issue("reminders.hourRange")), z.maximum(23, issue("reminders.hourRange"))),
);

/** The preferences form, shared by the form's resolver and the server action (zod's small build: it runs in the browser). */
export const preferencesSchema = z.object({
  // A checkbox group: an array, one value, or false when nothing is ticked.
  daysBefore: z.pipe(
    z.pipe(
      z.transform((value: unknown): unknown[] => (Array.isArray(value) ? value : value || value === 0 ? [value] : [])),
      z
        .array(z.pipe(z.coerce.number(), z.int()))
        .check(z.refine((days) => days.every((day) => (DAYS_BEFORE_CHOICES as readonly number[]).includes(day)), issue("reminders.days"))),
    ),
    z.transform((days: number[]) => [...new Set(days)].sort((a, b) => b - a)),
  ),
  overdue: z.boolean(),
  digest: z.boolean(),
  timeZone: z.string().check(z.trim(), z.minLength(1, issue("reminders.timeZone")), z.refine(isTimeZone, issue("reminders.timeZoneFromList"))),
  quietFrom: hour,
  quietTo: hour,
  emailsOn: z.boolean(),
});

export type PreferencesInput = z.input<typeof preferencesSchema>;
export type PreferencesValues = z.output<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES = { daysBefore: [7, 1], overdue: true, digest: false, quietFrom: 21, quietTo: 8 } as const;
