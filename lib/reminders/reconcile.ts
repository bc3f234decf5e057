import type { PlannedReminder } from "./plan";
import type { ReminderStatus } from "./schema";

// The writes that take the stored reminders to the plan. Pure, so the rules are tested without a
// database: a sent reminder stays sent (its dedupe key is never planned twice), a pending one that
// is no longer wanted is cancelled, a cancelled one that is wanted again comes back.

export type StoredReminder = {
  id: string;
  dedupeKey: string;
  status: ReminderStatus | (string & {});
  sendAt: Date;
  expiresAt: Date;
  requestIds: string[];
};

export type ReminderChange = { id: string; sendAt: Date; expiresAt: Date; requestIds: string[] };

export type Reconciliation = {
  create: PlannedReminder[];
  update: ReminderChange[];
  revive: ReminderChange[];
  cancel: string[];
};

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * `stored`: the user's pending reminders plus any row whose key is planned. When the planned time
 * has passed, a pending row keeps its own (it may have been moved out of the night already) as long
 * as that is still before the reminder expires.
 */
export function reconcileReminders(stored: readonly StoredReminder[], planned: readonly PlannedReminder[], now: Date): Reconciliation {
  const byKey = new Map(stored.map((row) => [row.dedupeKey, row]));
  const wanted = new Set(planned.map((reminder) => reminder.dedupeKey));
  const result: Reconciliation = { create: [], update: [], revive: [], cancel: [] };
  for (const plan of planned) {
    const row = byKey.get(plan.dedupeKey);
    const change = { sendAt: plan.sendAt, expiresAt: plan.expiresAt, requestIds: plan.requestIds };
    if (!row) result.create.push(plan);
    else if (row.status === "cancelled") result.revive.push({ id: row.id, ...change });
    else if (row.status === "pending") {
      const keepTime = plan.sendAt <= now && row.sendAt < plan.expiresAt;
      const sendAt = keepTime ? row.sendAt : plan.sendAt;
      const moved = sendAt.getTime() !== row.sendAt.getTime() || plan.expiresAt.getTime() !== row.expiresAt.getTime();
      if (moved || !sameIds(plan.requestIds, row.requestIds)) result.update.push({ id: row.id, ...change, sendAt });
    }
  }
  for (const row of stored) {
    if (row.status === "pending" && !wanted.has(row.dedupeKey)) result.cancel.push(row.id);
  }
  return result;
}
