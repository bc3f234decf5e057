import { execFileSync } from "node:child_process";

// There is no PDF library in the app: the text layer is read by poppler's pdftotext in a child
// process, from inside the worker that analyses the policy, with its own time and output caps.
const PDF_LIMITS = { timeoutMs: 8_000, maxOutputBytes: 4 * 1024 * 1024, maxPages: 200 };

export type PdfText = { ok: true; text: string } | { ok: false; reason: "pdf-no-text" | "pdf-unreadable"; message: string };

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // "%PDF"
}

export function pdfToText(bytes: Uint8Array): PdfText {
  if (!isPdf(bytes)) return { ok: false, reason: "pdf-unreadable", message: "The file says it is a PDF but is not one." };
  let out: Buffer;
  try {
    out = execFileSync("pdftotext", ["-q", "-enc", "UTF-8", "-nopgbrk", "-l", String(PDF_LIMITS.maxPages), "-", "-"], {
      input: bytes,
      timeout: PDF_LIMITS.timeoutMs,
      maxBuffer: PDF_LIMITS.maxOutputBytes,
      stdio: ["pipe", "pipe", "ignore"],
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv,
    });
  } catch {
    return {
      ok: false,
      reason: "pdf-unreadable",
      message: "The PDF could not be read (it may be damaged, protected or too complex). Copy its text and paste it instead.",
    };
  }
  const text = out.toString("utf8");
  if (text.trim().length < 20) {
    return {
      ok: false,
      reason: "pdf-no-text",
      message: "The PDF has no text to read: it is probably a scan. Copy the policy's text from the web page and paste it instead.",
    };
  }
  return { ok: true, text };
}
