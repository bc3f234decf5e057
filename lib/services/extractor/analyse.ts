import { extractPolicy } from "./extract";
import type { PolicyFormat } from "./formats";
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
  return { ok: true, format: checked.format, warnings: checked.warnings, extraction: extractPolicy(checked.text, { format: checked.format }) };
}
