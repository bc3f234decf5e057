import type { RequestStatus } from "./lifecycle";

export const STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  sent: "Sent, waiting for an answer",
  acknowledged: "Receipt confirmed",
  "awaiting-you": "They asked you something",
  extended: "Extended",
  partial: "Partly answered",
  answered: "Answered",
  refused: "Refused",
  "follow-up-sent": "Reminder sent",
  "complaint-filed": "Complaint filed",
  appealed: "Appealed",
  completed: "Completed",
  withdrawn: "Withdrawn",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as RequestStatus] ?? status;
}

/** Whole calendar days from today to the due date, both as YYYY-MM-DD. */
export function daysUntil(today: string, dueDate: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
