import { readBodyCapped } from "@/lib/http/body";
import type { AnalysisRejection, PolicyInput } from "../extractor/analyse";
import { MAX_POLICY_BYTES, type PolicyFormat } from "../extractor/formats";
import { runOffThread, type WorkerFailure } from "@/lib/workers/off-thread";
import type { PolicyAnalysis } from "../extractor/analyse";
import { fetchPolicy, type FetchedPolicy, type FetchRejection } from "./fetch-policy";
import { toProposalViews, type ProposalView } from "./proposals";
import { MAX_SOURCE_CHARS, policyUrlSchema } from "./schema";

// Room for the multipart boundary and part headers around a file of the largest accepted size.
export const MAX_BODY_BYTES = MAX_POLICY_BYTES + 64 * 1024;

export type ExtractRejection = AnalysisRejection | FetchRejection | WorkerFailure["reason"] | "signed-out" | "bad-request" | "too-long-to-save";
export type ExtractResponse =
  | { ok: true; sourceName: string | null; format: PolicyFormat; text: string; warnings: string[]; proposals: ProposalView[] }
  | { ok: false; reason: ExtractRejection; message: string };

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

// Pasted HTML source is read as HTML, so its markup and scripts do not end up in the text.
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 1024));

export type PolicyFetcher = (url: string) => Promise<FetchedPolicy>;

/** What to analyse, or a refusal that needs no reading: no input, or pasted text too long to keep. */
async function policyInput(form: FormData, fetcher: PolicyFetcher): Promise<PolicyInput | ExtractResponse> {
  const file = form.get("file");
  if (file !== null && typeof file !== "string") return { kind: "upload", bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name };
  const address = form.get("url");
  if (address !== null) {
    const parsed = policyUrlSchema.safeParse(address);
    if (!parsed.success) return { ok: false, reason: "bad-url", message: parsed.error.issues[0]?.message ?? "Enter the full address of the policy." };
    const fetched = await fetcher(parsed.data);
    if (!fetched.ok) return fetched;
    return { kind: "fetched", bytes: fetched.bytes, contentType: fetched.contentType, charset: fetched.charset, url: fetched.url };
  }
  const text = form.get("text");
  if (typeof text !== "string" || text.length === 0) return { ok: false, reason: "empty", message: "Paste the policy text or choose a file first." };
  const format = looksLikeHtml(text) ? "html" : "text";
  // Plain text only shrinks by its carriage returns: a paste that is too long is refused before any reading.
  if (format === "text" && text.length - countChar(text, "\r") > MAX_SOURCE_CHARS) return tooLongToSave(text.length);
  return { kind: "text", text, format };
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

const tooLongToSave = (chars: number): ExtractResponse => ({
  ok: false,
  reason: "too-long-to-save",
  message: `The policy has ${chars.toLocaleString("en")} characters of text; we can keep up to ${MAX_SOURCE_CHARS.toLocaleString("en")}. Keep only the privacy policy itself and try again.`,
});

/**
 * POST multipart/form-data with `file` (a .txt, .md or .html policy) or `text` (pasted): the proposals
 * for a signed-in user. The session check is passed in, so tests can call this without Next.
 */
export async function handleExtractRequest(
  request: Request,
  currentUserId: () => Promise<string | null>,
  analyse: (input: PolicyInput) => Promise<PolicyAnalysis | WorkerFailure> = (input) => runOffThread({ kind: "analyse-policy", input }),
  fetcher: PolicyFetcher = (url) => fetchPolicy(url),
): Promise<Response> {
  if (!(await currentUserId())) return fail("signed-out", "Your session has ended. Sign in again, then find the facts once more.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return fail("too-large", TOO_LARGE);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return fail("bad-request", "Send the policy as a form upload.");
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (!body) return fail("too-large", TOO_LARGE);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return fail("bad-request", "The upload could not be read. Try again.");
  }
  const input = await policyInput(form, fetcher);
  if (!("kind" in input)) return json(input);
  const analysis = await analyse(input);
  if (!analysis.ok) return json(analysis);
  const { extraction } = analysis;
  if (extraction.text.length > MAX_SOURCE_CHARS) return json(tooLongToSave(extraction.text.length));
  const warnings = analysis.warnings.length > 0 ? analysis.warnings.map((w) => w.message) : extraction.warnings;
  const sourceName = input.kind === "upload" ? input.filename.slice(0, 255) || null : input.kind === "fetched" ? input.url.slice(0, 255) : null;
  return json({ ok: true, sourceName, format: analysis.format, text: extraction.text, warnings, proposals: toProposalViews(extraction) });
}
