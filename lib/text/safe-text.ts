import * as z from "zod/mini";
import { issue, type ValidationLabel } from "@/lib/i18n/issue-text";

// One check for every piece of text a person sends: what PostgreSQL cannot store (NUL, a lone
// UTF-16 surrogate), what breaks a header or a log line (line breaks in a one-line field), and what
// can disguise what a letter says (C0/C1 controls, bidi overrides and isolates).

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TAB = /\t/;
// In multi-line text only LF separates lines (CRLF was normalised before the check).
const STRAY_BREAK = /[\r\u2028\u2029\u0085]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one (by code unit).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextProblem = "not-storable" | "line-break" | "control";

/** Why this text may not be kept, or null. Long texts (a pasted policy) allow tabs and bidi marks. */
export function textProblem(value: string, kind: "line" | "text" | "document"): TextProblem | null {
  if (kind === "document") {
    if (value.includes("\u0000") || LONE_SURROGATE.test(value)) return "not-storable";
    return /[\u0001-\u0008\u000e-\u001f\u007f]/.test(value) ? "control" : null;
  }
  if (kind === "line" && LINE_BREAK.test(value)) return "line-break";
  if (CONTROL.test(value) || (kind === "line" ? TAB.test(value) : STRAY_BREAK.test(value))) return "control";
  if (LONE_SURROGATE.test(value)) return "not-storable";
  return null;
}

const MESSAGES = { "not-storable": "text.notStorable", "line-break": "text.lineBreak", control: "text.control" } as const;

// zod's small build: these schemas reach the browser with every form that has a text field.
function refined(kind: "line" | "text" | "document", label: ValidationLabel) {
  return z.superRefine((value: string, ctx) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: issue(MESSAGES[problem], { label }) });
  });
}

const notText = (label: ValidationLabel) => issue("text.notText", { label });

/** A one-line field: a name, a subject, an identifier. */
export function singleLine(label: ValidationLabel, max: number) {
  return z.string(notText(label)).check(z.trim(), z.maxLength(max, issue("text.tooLong", { label, max })), refined("line", label));
}

/** Text with paragraphs; browsers send textarea line breaks as CRLF, which become LF. */
export function multiLine(label: ValidationLabel, max: number) {
  return z.string(notText(label)).check(
    z.overwrite((v) => v.replace(/\r\n/g, "\n").trim()),
    z.maxLength(max, issue("text.tooLong", { label, max })),
    refined("text", label),
  );
}

/** A whole document (a pasted policy): only what cannot be stored or is binary is refused. */
export function documentText(label: ValidationLabel, max: number) {
  return z.string(notText(label)).check(z.maxLength(max, issue("text.documentTooLong", { label })), refined("document", label));
}

/** Ids of our own rows (cuid) and custom ids: checked by shape before any query sees them. */
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const isRecordId = (value: unknown): value is string => typeof value === "string" && RECORD_ID.test(value);
export const recordIdSchema = z.string().check(z.refine((value) => RECORD_ID.test(value), issue("text.invalidId")));
