"use server";

import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { isoDateIn } from "@/lib/requests/dates";
import { recordEventAction } from "@/lib/requests/tracking/actions";
import { loadTrackedRequest } from "@/lib/requests/tracking/data";
import { zoneFor } from "@/lib/requests/tracking/event-data";
import { isRecordId } from "@/lib/text/safe-text";
import { loadReplyReading } from "./data";
import { rotateReplyAddress, revokeReplyAddress } from "./mutations";
import { proposalInput } from "./proposal";

// Plain form actions (they work before any script has loaded): each ends in a redirect back to the
// request page, whose query says what happened.

const back = (requestId: unknown, query: string): never => redirect(isRecordId(requestId) ? `/requests/${requestId}?${query}#replies` : "/dashboard");

/** Records the entry the reply's reading proposed, with the checklist items the form kept ticked. */
export async function confirmReplyAction(requestId: string, replyId: string, form: FormData): Promise<void> {
  const user = await loadCurrentUser();
  if (!user) redirect(isRecordId(requestId) ? `/signin?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}` : "/signin");
  if (!isRecordId(requestId) || !isRecordId(replyId)) back(requestId, "confirm-error=not-found");
  const [stored, request] = await Promise.all([loadReplyReading(user.id, requestId, replyId), loadTrackedRequest(user.id, requestId)]);
  const proposal = stored?.reading?.classification.proposal;
  if (!stored || !request || !proposal) return back(requestId, "confirm-error=not-found");
  const listed = form instanceof FormData && form.get("checklist") === "1";
  const received = listed ? form.getAll("received").filter((v): v is string => typeof v === "string") : (stored.reading?.coverage?.received ?? []);
  const zone = zoneFor(request, undefined);
  const replyDay = isoDateIn(stored.sentAt ?? stored.createdAt, zone);
  const today = isoDateIn(new Date(), zone);
  let result = await recordEventAction(requestId, proposalInput(proposal, replyDay, received, stored.subject));
  // A reply dated before the request was sent, or in the future (a wrong clock), is recorded today.
  if (!result.ok && result.reason === "invalid-date" && replyDay !== today)
    result = await recordEventAction(requestId, proposalInput(proposal, today, received, stored.subject));
  if (!result.ok) return back(requestId, `confirm-error=${encodeURIComponent(result.reason)}`);
  back(requestId, "confirmed=1");
}

export async function rotateReplyAddressAction(requestId: string): Promise<void> {
  const user = await loadCurrentUser();
  if (!user) redirect(isRecordId(requestId) ? `/signin?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}` : "/signin");
  if (!isRecordId(requestId) || !(await rotateReplyAddress(user.id, requestId))) back(requestId, "address=not-found");
  back(requestId, "address=new");
}

export async function revokeReplyAddressAction(requestId: string): Promise<void> {
  const user = await loadCurrentUser();
  if (!user) redirect(isRecordId(requestId) ? `/signin?callbackUrl=${encodeURIComponent(`/requests/${requestId}`)}` : "/signin");
  if (!isRecordId(requestId)) back(requestId, "address=not-found");
  await revokeReplyAddress(user.id, requestId);
  back(requestId, "address=revoked");
}
