import "server-only";
import { isRecordId } from "@/lib/text/safe-text";
import { undoTarget } from "../transitions";
import type { Recorded } from "./components/recorded-notice";
import { loadTrackedRequest } from "./data";

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The dashboard's notice after a quick step (?recorded=<request>&event=<event>) or its undo
 * (?undone=<request>). A step offers its undo only while it is still the request's latest entry.
 */
export async function loadRecordedNotice(
  userId: string,
  params: Params,
): Promise<{ recorded: Recorded } | { undone: { requestId: string; serviceName: string } } | null> {
  const undone = one(params.undone);
  if (isRecordId(undone)) {
    const request = await loadTrackedRequest(userId, undone);
    return request ? { undone: { requestId: request.id, serviceName: request.serviceName } } : null;
  }
  const requestId = one(params.recorded);
  const eventId = one(params.event);
  if (!isRecordId(requestId) || !isRecordId(eventId)) return null;
  const request = await loadTrackedRequest(userId, requestId);
  const target = request ? undoTarget(request.events) : null;
  if (!request || target?.id !== eventId) return null;
  return { recorded: { requestId, eventId, serviceName: request.serviceName, type: target.type, failed: one(params.undo) === "failed" } };
}
