import { z } from "zod";
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

const hour = z.coerce.number({ error: "Choose an hour." }).int().min(0, "Choose an hour between 0 and 23.").max(23, "Choose an hour between 0 and 23.");

/** The preferences form, shared by the form's resolver and the server action. */
export const preferencesSchema = z.object({
  // A checkbox group: an array, one value, or false when nothing is ticked.
  daysBefore: z
    .preprocess((value): unknown[] => (Array.isArray(value) ? value : value || value === 0 ? [value] : []), z.array(z.coerce.number().int()))
    .refine((days) => days.every((day) => (DAYS_BEFORE_CHOICES as readonly number[]).includes(day)), "Choose from the listed days.")
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  overdue: z.boolean(),
  digest: z.boolean(),
  timeZone: z.string().trim().min(1, "Choose your time zone.").refine(isTimeZone, "Choose a time zone from the list."),
  quietFrom: hour,
  quietTo: hour,
  emailsOn: z.boolean(),
});

export type PreferencesInput = z.input<typeof preferencesSchema>;
export type PreferencesValues = z.output<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES = { daysBefore: [7, 1], overdue: true, digest: false, quietFrom: 21, quietTo: 8 } as const;
