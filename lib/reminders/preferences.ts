import type { PlanPreferences } from "./plan";
import { DEFAULT_PREFERENCES } from "./schema";

export type StoredPreferences = {
  timeZone: string | null;
  daysBefore: number[];
  overdue: boolean;
  digest: boolean;
  quietFrom: number;
  quietTo: number;
  unsubscribedAt: Date | null;
};

/** A user who never opened the settings gets the defaults: 7 and 1 days before, and the day after. */
export function planPreferences(row: StoredPreferences | null): PlanPreferences {
  if (!row) return { ...DEFAULT_PREFERENCES, daysBefore: [...DEFAULT_PREFERENCES.daysBefore], timeZone: null, unsubscribed: false };
  return {
    timeZone: row.timeZone,
    daysBefore: row.daysBefore,
    overdue: row.overdue,
    digest: row.digest,
    quietFrom: row.quietFrom,
    quietTo: row.quietTo,
    unsubscribed: row.unsubscribedAt !== null,
  };
}
