export type RequestStatus = { label: "Waiting" | "Overdue"; tone: "warn" | "bad" };

/** Until answers are recorded, a request is waiting, and overdue once its due day has ended. */
export function requestStatus(dueAt: Date, now: Date): RequestStatus {
  return now.getTime() > dueAt.getTime() ? { label: "Overdue", tone: "bad" } : { label: "Waiting", tone: "warn" };
}
