import { RIGHT_LABELS } from "@/lib/law/labels";
import { isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";
import type { CalendarEntry } from "./ics";

export type DeadlineRow = {
  id: string;
  serviceName: string;
  regime: string;
  rights: readonly string[];
  dueDate: string;
  status: string;
  version: number;
};

/**
 * One all-day event on the day the organisation must have answered by. The text names the service
 * and the law, not the letter: a calendar is often shared or synced to other companies' servers.
 */
export function deadlineEntry(row: DeadlineRow, appUrl: string, basis?: string): CalendarEntry {
  const law = isRegimeId(row.regime) ? REGIMES[row.regime].shortLabel : row.regime;
  const appeal = row.status === "appealed";
  const rights = row.rights.map((right) => RIGHT_LABELS[right as RightId] ?? right).join("; ");
  const url = `${appUrl}/requests/${encodeURIComponent(row.id)}`;
  return {
    uid: `request-${row.id}-due@rightsdesk`,
    sequence: row.version,
    date: row.dueDate,
    summary: appeal ? `${row.serviceName}: appeal decision due (${law})` : `${row.serviceName} must answer your request (${law})`,
    description: [`${appeal ? "Your appeal" : "Your request"} under ${law}: ${rights}.`, ...(basis ? [basis] : []), `Track it: ${url}`].join("\n"),
    url,
  };
}
