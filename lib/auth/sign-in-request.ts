// What next-auth will read from a POST to /api/auth/*: it parses JSON when the content type
// mentions application/json, a form when it mentions application/x-www-form-urlencoded (the last
// of repeated fields wins), and nothing otherwise. The limits must see that same body, so this
// parses it the same way, from bytes read once, and the bytes are handed on unchanged.

export const MAX_AUTH_BODY_BYTES = 16 * 1024;

export type AuthBody = { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400; message: string };

export function parseAuthBody(contentType: string | null, bytes: Uint8Array): AuthBody {
  const type = contentType ?? "";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, message: "The request is not UTF-8 text." };
  }
  if (type.includes("application/json")) {
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === "object" && !Array.isArray(value)
        ? { ok: true, fields: value as Record<string, unknown> }
        : { ok: false, status: 400, message: "Send the sign-in request as a JSON object." };
    } catch {
      return { ok: false, status: 400, message: "The request is not valid JSON." };
    }
  }
  if (type.includes("application/x-www-form-urlencoded")) return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  return { ok: true, fields: {} };
}
