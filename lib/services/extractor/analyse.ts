import { extractPolicy } from "./extract";
import { MAX_PROPOSALS, type PolicyFormat } from "./formats";
import type { Extraction } from "./types";
import { validatePolicyText, validatePolicyUpload, type UploadRejection, type UploadWarning } from "./validate-upload";

export type PolicyInput = { kind: "upload"; bytes: Uint8Array; filename: string } | { kind: "text"; text: string; format: PolicyFormat };
export type PolicyAnalysis =
  | { ok: true; format: PolicyFormat; warnings: UploadWarning[]; extraction: Extraction }
  | { ok: false; reason: UploadRejection; message: string };

/** Validation and extraction in one step: the unit of work that runs off the request thread. */
export function analysePolicy(input: PolicyInput): PolicyAnalysis {
  const checked = input.kind === "upload" ? validatePolicyUpload(input.bytes, input.filename) : validatePolicyText(input.text, input.format);
  if (!checked.ok) return checked;
  const extraction = extractPolicy(checked.text, { format: checked.format });
  // A real policy yields dozens of facts; thousands mean a list of addresses or generated text, and
  // passing them all back would make the request thread do the work the worker was there to take.
  if (extraction.proposals.length > MAX_PROPOSALS) {
    extraction.warnings.push(`The text holds ${extraction.proposals.length.toLocaleString("en")} possible facts; only the first ${MAX_PROPOSALS.toLocaleString("en")} are shown.`);
    extraction.proposals = extraction.proposals.slice(0, MAX_PROPOSALS);
  }
  return { ok: true, format: checked.format, warnings: checked.warnings, extraction };
}
