import { readBodyCapped } from "@/lib/http/body";
import { runOffThread, type WorkerFailure } from "@/lib/workers/off-thread";
import { MAX_POLICY_BYTES } from "../extractor/formats";
import type { ReadRejection, ReadResponse } from "./read-upload";

// Room for the multipart boundary and part headers around a file of the largest accepted size.
export const MAX_BODY_BYTES = MAX_POLICY_BYTES + 64 * 1024;

export type ExtractRejection = ReadRejection | WorkerFailure["reason"] | "signed-out";
export type ExtractResponse = ReadResponse | WorkerFailure | { ok: false; reason: "signed-out" | "too-large" | "bad-request"; message: string };

const STATUS: Record<ExtractRejection, number> = {
  "signed-out": 401,
  "bad-request": 400,
  "too-large": 413,
  "too-long-to-save": 413,
  "unsupported-type": 415,
  empty: 422,
  binary: 422,
  "not-utf8": 422,
  timeout: 422,
  failed: 422,
  busy: 503,
  "pdf-no-text": 422,
  "pdf-unreadable": 422,
  // A page we could not fetch is the address's fault or the other site's, never a 5xx of ours.
  "bad-url": 400,
  "blocked-address": 422,
  unreachable: 422,
  "fetch-timeout": 422,
  "fetch-too-large": 413,
  "http-error": 422,
  "too-many-redirects": 422,
};

function json(body: ExtractResponse): Response {
  const status = body.ok ? 200 : STATUS[body.reason];
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...(status === 503 ? { "Retry-After": "30" } : {}) };
  return Response.json(body, { status, headers });
}

const fail = (reason: ExtractRejection, message: string) => json({ ok: false, reason, message });
const TOO_LARGE = "The file is larger than 2 MB. A privacy policy is rarely more than a few hundred kilobytes: save only the policy text.";

/**
 * POST multipart/form-data with `file` (a .txt, .md, .html or .pdf policy), `url` (fetched by the
 * server, safely: see fetch-policy.ts) or `text` (pasted): the proposals
 * for a signed-in user. The session check is passed in, so tests can call this without Next.
 */
export async function handleExtractRequest(
  request: Request,
  currentUserId: () => Promise<string | null>,
  read: (contentType: string, body: Uint8Array<ArrayBuffer>) => Promise<ExtractResponse> = (contentType, body) =>
    runOffThread({ kind: "extract-upload", contentType, body }),
): Promise<Response> {
  if (!(await currentUserId())) return fail("signed-out", "Your session has ended. Sign in again, then find the facts once more.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return fail("too-large", TOO_LARGE);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return fail("bad-request", "Send the policy as a form upload.");
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (!body) return fail("too-large", TOO_LARGE);
  // Parsing the form is work too (the first multipart parse of a process takes ~200 ms): all of it
  // happens in the worker, which gets the body's buffer without a copy.
  return json(await read(contentType, body));
}
