import { analysePolicy, type AnalysisRejection, type PolicyInput } from "../extractor/analyse";
import type { PolicyFormat } from "../extractor/formats";
import { fetchPolicy, routeFetchOptions, type FetchedPolicy, type FetchRejection } from "./fetch-policy";
import { toProposalViews, type ProposalView } from "./proposals";
import { MAX_SOURCE_CHARS, policyUrlSchema } from "./schema";

// Everything the extract endpoint does with the body once it holds it: parse the form, check the
// input, read the policy, shape the answer. Pure and self-contained, so it runs in a worker thread.

export type ReadRejection = AnalysisRejection | FetchRejection | "bad-request" | "too-long-to-save";
export type PolicyFetcher = (url: string) => Promise<FetchedPolicy>;
export type ReadResponse =
  | { ok: true; sourceName: string | null; format: PolicyFormat; text: string; warnings: string[]; proposals: ProposalView[] }
  | { ok: false; reason: ReadRejection; message: string };

// Pasted HTML source is read as HTML, so its markup and scripts do not end up in the text.
const looksLikeHtml = (text: string) => /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 1024));

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

const tooLongToSave = (chars: number): ReadResponse => ({
  ok: false,
  reason: "too-long-to-save",
  message: `The policy has ${chars.toLocaleString("en")} characters of text; we can keep up to ${MAX_SOURCE_CHARS.toLocaleString("en")}. Keep only the privacy policy itself and try again.`,
});

/** What to analyse, or a refusal that needs no reading: no input, or pasted text too long to keep. */
async function policyInput(form: FormData, fetcher: PolicyFetcher): Promise<PolicyInput | ReadResponse> {
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

export async function readPolicyUpload(
  contentType: string,
  body: Uint8Array<ArrayBuffer>,
  fetcher: PolicyFetcher = (url) => fetchPolicy(url, routeFetchOptions()),
): Promise<ReadResponse> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, reason: "bad-request", message: "The upload could not be read. Try again." };
  }
  const input = await policyInput(form, fetcher);
  if (!("kind" in input)) return input;
  const analysis = analysePolicy(input);
  if (!analysis.ok) return analysis;
  const { extraction } = analysis;
  if (extraction.text.length > MAX_SOURCE_CHARS) return tooLongToSave(extraction.text.length);
  const warnings = analysis.warnings.length > 0 ? analysis.warnings.map((w) => w.message) : extraction.warnings;
  const sourceName = input.kind === "upload" ? input.filename.slice(0, 255) || null : input.kind === "fetched" ? input.url.slice(0, 255) : null;
  return { ok: true, sourceName, format: analysis.format, text: extraction.text, warnings, proposals: toProposalViews(extraction) };
}
