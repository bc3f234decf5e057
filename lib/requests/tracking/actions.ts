"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { loadCurrentUser } from "@/lib/auth/session";
import { reader } from "@/lib/i18n/reader";
import { issuesIn } from "@/lib/i18n/validation";
import { isoDateIn } from "../dates";
import { loadTrackedRequest } from "./data";
import { eventDataFor, zoneFor } from "./event-data";
import { addRequestNote, deleteRequestNote, recordRequestEvent, undoLastEvent, type RecordOutcome } from "./mutations";
import { noteSchema, parseDashboardQuery, quickEventSchema, recordEventSchema } from "./schema";
import { dashboardHref } from "./dashboard-href";
import { whyNotText } from "./why-not-text";
import { isRecordId } from "@/lib/text/safe-text";

export type TrackingFailure = {
  ok: false;
  reason: "signed-out" | "not-found" | "invalid" | "invalid-transition" | "invalid-date" | "conflict" | "nothing-to-undo";
  message?: string;
  issues?: { path: string; message: string }[];
};
/** eventId: the entry just recorded, for an undo offered where it was made. */
export type TrackingResult = { ok: true; eventId?: string } | TrackingFailure;

function refresh(requestId: string) {
  revalidatePath("/dashboard");
  revalidatePath(`/requests/${requestId}`, "layout");
}

async function outcome(requestId: string, result: RecordOutcome): Promise<TrackingResult> {
  if (!result.ok) {
    if (!("why" in result)) return result;
    // The story's refusal, worded for whoever posted (lib/requests/transitions.ts gives it as a key).
    const { t, format } = await reader();
    return { ok: false, reason: result.reason, message: whyNotText((key, values) => t(`tracking.${key}`, values), format, result.why) };
  }
  refresh(requestId);
  return { ok: true, eventId: result.eventId };
}

/** "What happened": one event with its date and the details its type needs. */
export async function recordEventAction(requestId: string, input: unknown): Promise<TrackingResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (!isRecordId(requestId)) return { ok: false, reason: "not-found" };
  const parsed = recordEventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", issues: await issuesIn(parsed.error) };
  const request = await loadTrackedRequest(user.id, requestId);
  if (!request) return { ok: false, reason: "not-found" };
  const now = new Date();
  const values = parsed.data;
  const data = await eventDataFor(user.id, request, values, user.email);
  const today = isoDateIn(now, zoneFor(request, values.timeZone));
  return outcome(requestId, await recordRequestEvent(user.id, requestId, { type: values.type, on: values.on, ...(data ? { data } : {}) }, { today, now }));
}

/** The dashboard's one-click buttons: the event, dated today where the user is. */
export async function quickEventAction(requestId: string, input: unknown): Promise<TrackingResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = quickEventSchema.safeParse(input);
  if (!parsed.success || !isRecordId(requestId)) return { ok: false, reason: "invalid", issues: parsed.success ? [] : await issuesIn(parsed.error) };
  const request = await loadTrackedRequest(user.id, requestId);
  if (!request) return { ok: false, reason: "not-found" };
  const now = new Date();
  const today = isoDateIn(now, zoneFor(request, parsed.data.timeZone));
  const data = parsed.data.type === "answer-received" ? { completeness: "complete" } : undefined;
  return outcome(requestId, await recordRequestEvent(user.id, requestId, { type: parsed.data.type, on: today, ...(data ? { data } : {}) }, { today, now }));
}

export async function undoLastEventAction(requestId: string, eventId: string, timeZone?: string): Promise<TrackingResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (!isRecordId(requestId) || !isRecordId(eventId)) return { ok: false, reason: "not-found" };
  const request = await loadTrackedRequest(user.id, requestId);
  if (!request) return { ok: false, reason: "not-found" };
  const now = new Date();
  const today = isoDateIn(now, zoneFor(request, timeZone));
  return outcome(requestId, await undoLastEvent(user.id, requestId, eventId, { today, now }));
}

export async function addNoteAction(requestId: string, input: unknown): Promise<TrackingResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", issues: await issuesIn(parsed.error) };
  if (!isRecordId(requestId) || !(await addRequestNote(user.id, requestId, parsed.data.body))) return { ok: false, reason: "not-found" };
  refresh(requestId);
  return { ok: true };
}

export async function deleteNoteAction(requestId: string, noteId: string): Promise<TrackingResult> {
  const user = await loadCurrentUser();
  if (!user) return { ok: false, reason: "signed-out" };
  if (!isRecordId(requestId) || !isRecordId(noteId) || !(await deleteRequestNote(user.id, requestId, noteId))) return { ok: false, reason: "not-found" };
  refresh(requestId);
  return { ok: true };
}

/** The dashboard a form came from, rebuilt from its known parameters only (never a free redirect). */
function dashboardBack(form: FormData, extra: Record<string, string>): string {
  const back = form.get("back");
  const href = dashboardHref(parseDashboardQuery(Object.fromEntries(new URLSearchParams(typeof back === "string" ? back.slice(0, 500) : ""))));
  return `${href}${href.includes("?") ? "&" : "?"}${new URLSearchParams(extra).toString()}`;
}

/**
 * The same, as a form action: the dashboard's buttons work before the page's script has loaded.
 * A recorded step comes back to the dashboard with an undo notice for it (lib/requests/tracking/components/recorded-notice.tsx).
 */
export async function quickEventFormAction(requestId: string, _previous: TrackingResult | null, form: FormData): Promise<TrackingResult> {
  if (!(form instanceof FormData)) return { ok: false, reason: "invalid", issues: [] };
  const result = await quickEventAction(requestId, { type: form.get("type"), timeZone: form.get("timeZone") ?? undefined });
  if (result.ok && result.eventId) redirect(dashboardBack(form, { recorded: requestId, event: result.eventId }));
  return result;
}

/** The dashboard's undo notice: takes back the step just recorded, and stays on the dashboard. */
export async function undoRecordedFormAction(form: FormData): Promise<void> {
  if (!(form instanceof FormData)) return;
  const text = (key: string): string => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const requestId = text("requestId");
  const eventId = text("eventId");
  const result = await undoLastEventAction(requestId, eventId, text("timeZone") || undefined);
  if (!result.ok && result.reason === "signed-out") redirect("/signin?callbackUrl=%2Fdashboard");
  redirect(dashboardBack(form, result.ok ? { undone: requestId } : { recorded: requestId, event: eventId, undo: "failed" }));
}
