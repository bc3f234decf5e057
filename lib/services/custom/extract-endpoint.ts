import { extractPolicy } from "../extractor/extract";
import { MAX_POLICY_BYTES, type PolicyFormat } from "../extractor/formats";
import { validatePolicyText, validatePolicyUpload, type UploadRejection, type ValidatedPolicy } from "../extractor/validate-upload";
import { toProposalViews, type ProposalView } from "./proposals";
import { MAX_SOURCE_CHARS } from "./schema";

// Room for the multipart boundary and part headers around a file of the largest accepted size.
export const MAX_BODY_BYTES = MAX_POLICY_BYTES + 64 * 1024;

export type ExtractRejection = UploadRejection | "signed-out" | "bad-request" | "too-long-to-save";
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
};

function json(body: ExtractResponse): Response {
  return Response.json(body, { status: body.ok ? 200 : STATUS[body.reason], headers: { "Cache-Control": "no-store" } });
}

const fail = (reason: ExtractRejection, message: string) => json({ ok: false, reason, message });
const TOO_LARGE = "The file is larger than 2 MB. A privacy policy is rarely more than a few hundred kilobytes: save only the policy text.";

/** The body, or null once it passes `max` bytes: a client that sends no Content-Length is cut off all the same. */
async function readCapped(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

// Pasted HTML source is read as HTML, so its markup and scripts do not end up in the text.
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text);

async function validateForm(form: FormData): Promise<(ValidatedPolicy & { sourceName: string | null }) | null> {
  const file = form.get("file");
  if (file !== null && typeof file !== "string") {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ...validatePolicyUpload(bytes, file.name), sourceName: file.name.slice(0, 255) || null };
  }
  const text = form.get("text");
  if (typeof text === "string") return { ...validatePolicyText(text, looksLikeHtml(text) ? "html" : "text"), sourceName: null };
  return null;
}

/**
 * POST multipart/form-data with `file` (a .txt, .md or .html policy) or `text` (pasted): the proposals
 * for a signed-in user. The session check is passed in, so tests can call this without Next.
 */
export async function handleExtractRequest(request: Request, currentUserId: () => Promise<string | null>): Promise<Response> {
  if (!(await currentUserId())) return fail("signed-out", "Your session has ended. Sign in again, then find the facts once more.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return fail("too-large", TOO_LARGE);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) return fail("bad-request", "Send the policy as a form upload.");
  const body = await readCapped(request, MAX_BODY_BYTES);
  if (!body) return fail("too-large", TOO_LARGE);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return fail("bad-request", "The upload could not be read. Try again.");
  }
  const checked = await validateForm(form);
  if (!checked) return fail("empty", "Paste the policy text or choose a file first.");
  if (!checked.ok) return fail(checked.reason, checked.message);
  const extraction = extractPolicy(checked.text, { format: checked.format });
  if (extraction.text.length > MAX_SOURCE_CHARS) {
    return fail(
      "too-long-to-save",
      `The policy has ${extraction.text.length.toLocaleString("en")} characters of text; we can keep up to ${MAX_SOURCE_CHARS.toLocaleString("en")}. Keep only the privacy policy itself and try again.`,
    );
  }
  const warnings = checked.warnings.length > 0 ? checked.warnings.map((w) => w.message) : extraction.warnings;
  return json({ ok: true, sourceName: checked.sourceName, format: checked.format, text: extraction.text, warnings, proposals: toProposalViews(extraction) });
}
