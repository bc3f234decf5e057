import type { RequestStatus } from "../lifecycle";
import type { QUICK_EVENT_TYPES } from "./schema";

export type QuickEventType = (typeof QUICK_EVENT_TYPES)[number];

/** The one-click steps the list offers for a status; the request page offers every step. */
export function quickEventsFor(status: string): QuickEventType[] {
  switch (status as RequestStatus) {
    case "sent":
      return ["acknowledged", "answer-received", "completed"];
    case "acknowledged":
    case "extended":
    case "awaiting-you":
    case "appealed":
    case "partial":
      return ["answer-received", "completed"];
    case "answered":
    case "refused":
    case "follow-up-sent":
    case "complaint-filed":
      return ["completed"];
    default:
      return [];
  }
}
