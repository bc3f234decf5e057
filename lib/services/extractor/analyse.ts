import { extractPolicy } from "./extract";
import { MAX_PROPOSALS, type PolicyFormat } from "./formats";
import type { Extraction } from "./types";
import { pdfToText } from "./pdf-text";
import { validatePolicyText, validatePolicyUpload, type UploadRejection, type UploadWarning, type ValidatedPolicy } from "./validate-upload";

/** A page fetched by its address: its bytes as served, what the server said they are, and where they came from. */
export type FetchedInput = { kind: "fetched"; bytes: Uint8Array; contentType: "html" | "text" | "markdown" | "pdf"; charset: string | null; url: string };
export type PolicyInput = { kind: "upload"; bytes: Uint8Array; filename: string } | { kind: "text"; text: string; format: PolicyFormat } | FetchedInput;
export type AnalysisRejection = UploadRejection | "pdf-no-text" | "pdf-unreadable";
export type PolicyAnalysis =
  { ok: true; format: PolicyFormat; warnings: UploadWarning[]; extraction: Extraction } | { ok: false; reason: AnalysisRejection; message: string };

function decode(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

// A fetched page: PDF through its text layer, UTF-8 with the upload's checks, another charset decoded.
function validateFetched(input: FetchedInput): ValidatedPolicy | PolicyAnalysis {
  if (input.contentType === "pdf") {
    const pdf = pdfToText(input.bytes);
    return pdf.ok ? validatePolicyText(pdf.text, "text") : pdf;
  }
  const format: PolicyFormat = input.contentType === "html" ? "html" : input.contentType === "markdown" ? "markdown" : "text";
  const utf8 = input.charset === null || /^utf-?8$/i.test(input.charset);
  const checked = utf8
    ? validatePolicyUpload(input.bytes, `page.${format === "html" ? "html" : format === "markdown" ? "md" : "txt"}`)
    : validatePolicyText(decode(input.bytes, input.charset), format);
  if (checked.ok) return checked;
  // A page that names no charset and is not UTF-8 is most often Windows-1252, as browsers assume.
  if (checked.reason === "not-utf8" && input.charset === null) return validatePolicyText(decode(input.bytes, "windows-1252"), format);
  return { ...checked, message: FETCHED_MESSAGES[checked.reason] ?? checked.message };
}

const FETCHED_MESSAGES: Partial<Record<UploadRejection, string>> = {
  empty:
    "The page has no text we can read: it may be built by scripts or hidden behind a cookie banner. Open it in your browser, then paste the policy's text or save the page and upload it.",
  binary: "The address returned something that is not text (an image or a download?). Give the address of the policy page itself.",
  "not-utf8": "The page's text could not be decoded. Open it in your browser, then paste the policy's text instead.",
  "too-large": "The page is larger than 2 MB. Save only the policy text and upload or paste it.",
};

/** Validation and extraction in one step: the unit of work that runs off the request thread. */
export function analysePolicy(input: PolicyInput): PolicyAnalysis {
  const checked =
    input.kind === "upload"
      ? validatePolicyUpload(input.bytes, input.filename)
      : input.kind === "fetched"
        ? validateFetched(input)
        : validatePolicyText(input.text, input.format);
  if (!checked.ok) return checked;
  if (!("text" in checked)) return checked;
  const extraction = extractPolicy(checked.text, { format: checked.format, ...(input.kind === "fetched" ? { baseUrl: input.url } : {}) });
  // A real policy yields dozens of facts; thousands mean a list of addresses or generated text, and
  // passing them all back would make the request thread do the work the worker was there to take.
  if (extraction.proposals.length > MAX_PROPOSALS) {
    extraction.warnings.push(
      `The text holds ${extraction.proposals.length.toLocaleString("en")} possible facts; only the first ${MAX_PROPOSALS.toLocaleString("en")} are shown.`,
    );
    extraction.proposals = extraction.proposals.slice(0, MAX_PROPOSALS);
  }
  return { ok: true, format: checked.format, warnings: checked.warnings, extraction };
}
