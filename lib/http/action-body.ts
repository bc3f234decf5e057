// Checks a server action's request body before Next reads it. Next answers 500 to a body it cannot
// parse (too large, not UTF-8, broken multipart, JSON nested beyond reason); these answers are the
// honest ones: 413 for size, 415 for a type no action sends, 400 for the rest.

export const MAX_ACTION_BODY_BYTES = 1024 * 1024; // Next's default serverActions.bodySizeLimit
export const MAX_JSON_DEPTH = 32;

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 413 | 415; message: string };

const refuse = (status: 400 | 413 | 415, message: string): BodyVerdict => ({ ok: false, status, message });

/** The deepest nesting of arrays and objects in JSON text, by one scan that skips strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

export function checkActionBody(contentType: string | null, bytes: Uint8Array): BodyVerdict {
  if (bytes.byteLength > MAX_ACTION_BODY_BYTES) return refuse(413, "The request is larger than 1 MB.");
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) return { ok: true };
  if (!type.startsWith("text/plain")) return refuse(415, "This request's content type is not accepted here.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, "The request is not UTF-8 text.");
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return refuse(400, "The request is nested too deeply.");
  try {
    JSON.parse(text);
  } catch {
    return refuse(400, "The request is not valid JSON.");
  }
  return { ok: true };
}

/** The same, plus a multipart body must parse as a form. */
export async function checkActionRequest(contentType: string | null, bytes: Uint8Array<ArrayBuffer>): Promise<BodyVerdict> {
  const verdict = checkActionBody(contentType, bytes);
  if (!verdict.ok || !(contentType ?? "").toLowerCase().startsWith("multipart/form-data")) return verdict;
  try {
    await new Response(bytes, { headers: { "content-type": contentType ?? "" } }).formData();
    return verdict;
  } catch {
    return refuse(400, "The form could not be read.");
  }
}
