// What a log line may carry of a value: no address, no token, no line breaks of its own (JSON
// escapes them), and not much of it. Applied to every string field and error message.
const MAX_CHARS = 300;
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}/g;
const SECRET_PARAM = /\b(token|secret|code|key|sig|signature|callbackUrl|email)=[^&\s"']{1,2048}/gi;
// Long opaque runs (session tokens, magic-link tokens, API keys); ids are shorter.
const OPAQUE = /(?<![\w-])[\w-]{40,}(?![\w-])/g;

export function scrub(value: string): string {
  const short = value.length > MAX_CHARS ? `${value.slice(0, MAX_CHARS)}…` : value;
  return short.replace(EMAIL, "[email]").replace(SECRET_PARAM, "$1=[redacted]").replace(OPAQUE, "[redacted]");
}

/** A shallow copy with every string scrubbed and every error reduced to its class and message. */
export function scrubFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = scrubValue(value, 0);
  return out;
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === "string") return scrub(value);
  if (value instanceof Error) return { type: value.name, message: scrub(value.message) };
  if (depth < 3 && Array.isArray(value)) return value.slice(0, 20).map((item) => scrubValue(item, depth + 1));
  if (depth < 3 && value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, 20)
        .map(([k, v]) => [k, scrubValue(v, depth + 1)]),
    );
  }
  return value;
}
