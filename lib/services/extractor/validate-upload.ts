import { formatFromFilename, MAX_POLICY_BYTES, type PolicyFormat } from "./formats";
import { countScripts, htmlToText } from "./html-to-text";

export type UploadRejection = "empty" | "too-large" | "binary" | "not-utf8" | "unsupported-type";
export type UploadWarning = { code: "scripts-removed"; message: string };

export type ValidatedPolicy =
  { ok: true; text: string; format: PolicyFormat; warnings: UploadWarning[] } | { ok: false; reason: UploadRejection; message: string };

const MESSAGES: Record<UploadRejection, string> = {
  empty: "The file is empty. Upload the privacy policy as a .txt, .md or .html file, or paste its text.",
  "too-large": "The file is larger than 2 MB. A privacy policy is rarely more than a few hundred kilobytes: save only the policy text.",
  binary: "This looks like a binary file (a PDF, a word-processor file or an image?), not text. Save the policy as .txt, .md or .html.",
  "not-utf8": "The file is not UTF-8 text. Save it again with UTF-8 encoding and upload it once more.",
  "unsupported-type": "Only .txt, .md and .html files are accepted.",
};

const reject = (reason: UploadRejection): ValidatedPolicy => ({ ok: false, reason, message: MESSAGES[reason] });

// Tab, line feed, form feed and carriage return occur in text; other C0 controls and DEL do not.
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  return controls > bytes.length * 0.01;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Checks an uploaded policy file before anything reads it as text. */
export function validatePolicyUpload(bytes: Uint8Array, filename: string): ValidatedPolicy {
  const format = formatFromFilename(filename);
  if (!format) return reject("unsupported-type");
  if (bytes.length === 0) return reject("empty");
  if (bytes.length > MAX_POLICY_BYTES) return reject("too-large");
  if (isUtf16Bom(bytes)) return reject("not-utf8");
  if (looksBinary(bytes)) return reject("binary");
  let text: string;
  try {
    // ignoreBOM: false drops a UTF-8 byte order mark, so offsets start at the first character.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return reject("not-utf8");
  }
  return checkText(text, format);
}

/** The same checks for pasted text. */
export function validatePolicyText(text: string, format: PolicyFormat = "text"): ValidatedPolicy {
  if (new TextEncoder().encode(text).length > MAX_POLICY_BYTES) return reject("too-large");
  if (text.includes("\u0000")) return reject("binary");
  return checkText(text, format);
}

function checkText(text: string, format: PolicyFormat): ValidatedPolicy {
  const visible = format === "html" ? htmlToText(text).text : text;
  if (visible.trim().length === 0) return reject("empty");
  const warnings: UploadWarning[] = [];
  const scripts = format === "html" ? countScripts(text) : 0;
  if (scripts > 0) {
    warnings.push({
      code: "scripts-removed",
      message: `The page contained ${scripts === 1 ? "a script. It was" : `${scripts} scripts. They were`} removed and never run; only the text is kept.`,
    });
  }
  return { ok: true, text, format, warnings };
}
