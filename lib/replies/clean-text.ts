// Text from a message is made storable and inert before anything else sees it: no NUL (PostgreSQL
// refuses it), no C0/C1 controls or bidi overrides (they can disguise what a line says), CRLF as LF.

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(value: string, max: number): string {
  return value.slice(0, max).replace(/\r\n?/g, "\n").replace(CONTROLS, "").replace(LONE_SURROGATE, "\ufffd");
}

/** One line of at most `max` characters: a subject, an address, a header value. */
export function cleanLine(value: string | undefined | null, max = 300): string | null {
  if (!value) return null;
  const line = cleanText(value, max * 2)
    .replace(/[\n\t\u2028\u2029\u0085]+/g, " ")
    .trim()
    .slice(0, max);
  return line || null;
}

/** A file name without folders or anything a header or a file system would trip on. */
export function cleanFileName(value: string | undefined | null, fallback: string): string {
  const base = (value ?? "").slice(-400).split(/[/\\]/).pop() ?? "";
  const name = (cleanLine(base, 200) ?? "").replace(/["<>:|?*;]/g, "_").replace(/^\.+/, "");
  return name || fallback;
}

const CONTENT_TYPE = /^[a-z0-9][\w!#$&^.+-]{0,63}\/[a-z0-9][\w!#$&^.+-]{0,63}$/i;

export function cleanContentType(value: string | undefined | null): string {
  const type = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return CONTENT_TYPE.test(type) ? type : "application/octet-stream";
}
