import "server-only";
import { createTranslator, type Messages } from "next-intl";
import { loadCurrentUser } from "@/lib/auth/session";
import { readBodyCapped } from "@/lib/http/body";
import { log } from "@/lib/log";
import { loadTrackedRequest } from "@/lib/requests/tracking/data";
import { browserLocale } from "@/lib/i18n/request-locale";
import { loadMessages, supportedLocale } from "@/lib/i18n/catalog";
import { isRecordId } from "@/lib/text/safe-text";
import { isWorkerFailure, runOffThread } from "@/lib/workers/off-thread";
import { replyLimits } from "./config";
import { storeReply } from "./mutations";
import { uploadMessage } from "./upload-messages";

// POST /requests/<id>/replies: the upload form. Without JavaScript the browser follows a 303 back to
// the request page, which shows what happened; a client asking for JSON gets the status and reason.

// Room for the multipart boundaries, part headers and a pasted text around the files.
const FORM_OVERHEAD = 1024 * 1024;

type Failure = { ok: false; status: number; reason: string; message: string };

function answer(request: Request, requestId: string, outcome: { ok: true; replyId: string } | Failure): Response {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson) {
    const status = outcome.ok ? 201 : outcome.status;
    return Response.json(outcome.ok ? outcome : { ok: false, reason: outcome.reason, message: outcome.message }, {
      status,
      headers: { "Cache-Control": "no-store", ...(status === 503 ? { "Retry-After": "30" } : {}) },
    });
  }
  const query = outcome.ok ? `reply=${encodeURIComponent(outcome.replyId)}` : `reply-error=${encodeURIComponent(outcome.reason)}`;
  return new Response(null, { status: 303, headers: { Location: `/requests/${encodeURIComponent(requestId)}?${query}#replies`, "Cache-Control": "no-store" } });
}

// A cross-site form cannot post here with the user's cookie (SameSite=Lax), and one that names
// another origin is refused outright.
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === null;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

export async function handleReplyUpload(request: Request, requestId: string): Promise<Response> {
  const limits = replyLimits();
  // A client asking for JSON gets the reason in the browser's language.
  const locale = supportedLocale(await browserLocale());
  const t = createTranslator({ locale, messages: loadMessages(locale) as unknown as Messages, namespace: "replies" });
  const fail = (status: number, reason: string, message?: string) =>
    answer(request, requestId, { ok: false, status, reason, message: message ?? uploadMessage(reason, limits, t) });
  if (!sameOrigin(request)) return fail(403, "bad-origin");
  const user = await loadCurrentUser();
  if (!user) return fail(401, "signed-out");
  const tracked = isRecordId(requestId) ? await loadTrackedRequest(user.id, requestId) : null;
  if (!tracked) return fail(404, "not-found");
  const max = limits.maxMessageBytes + FORM_OVERHEAD;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return fail(415, "not-form");
  const body = await readBodyCapped(request, max);
  if (!body) return fail(413, "too-large");
  const result = await runOffThread({ kind: "read-reply-form", job: { contentType, body, limits, regime: tracked.regime, rights: tracked.rights } });
  if (isWorkerFailure(result)) return fail(result.reason === "busy" ? 503 : 422, result.reason, result.message);
  if (!result.ok) return fail(result.reason === "too-large" || result.reason === "file-too-large" ? 413 : 422, result.reason, result.message);
  const stored = await storeReply(user.id, requestId, result.reply.format === "paste" ? "paste" : "upload", result.reply, result.reading);
  if (!stored.ok) return fail(404, "not-found");
  log.info({ scope: "replies", source: "upload", attachments: result.reply.attachments.length, bytes: result.reply.size }, "reply filed");
  return answer(request, requestId, stored);
}
