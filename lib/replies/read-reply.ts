import { answerChecklist } from "@/lib/requests/answer-check";
import { classifyReply, type Classification } from "./classify";
import { checklistCoverage, type Coverage, type DeliveredFile } from "./checklist";
import { fileKind } from "./file-types";
import type { ReplyLimits } from "./limits";
import { parseReply, type FileInput, type ParsedReply, type ParseResult, type ReplyInput } from "./parse";

// The worker job behind every way a reply comes in: parse it, then read it against the request's
// checklist. Pure apart from hashing; no database and no "server-only" in this chain.

export type ReplyReading = { classification: Classification; coverage: Coverage | null };
export type ReadReplyJob = { input: ReplyInput; limits: ReplyLimits; regime: string; rights: string[] };
export type ReadReplyResult = { ok: true; reply: ParsedReply; reading: ReplyReading } | Extract<ParseResult, { ok: false }>;

export function deliveredFiles(attachments: readonly { filename: string; entries: { name: string; type: string }[] | null }[]): DeliveredFile[] {
  return attachments.flatMap((a): DeliveredFile[] => [
    { name: a.filename, kind: fileKind(a.filename) },
    ...(a.entries ?? []).map((e) => ({ name: e.name, kind: fileKind(e.name), inArchive: a.filename })),
  ]);
}

/** What the reply says, and for an answer, which checklist items it covers. */
export function readReplyText(text: string, files: readonly DeliveredFile[], regime: string, rights: readonly string[]): ReplyReading {
  const answerRights = rights.filter((r) => r === "access" || r === "portability" || r === "deletion" || r === "correction");
  const coverage = answerRights.length > 0 ? checklistCoverage(answerChecklist(regime, answerRights), text, files) : null;
  const topLevel = files.filter((f) => !f.inArchive);
  const classification = classifyReply(text, topLevel, coverage?.missing.length ?? 0);
  return { classification, coverage };
}

export async function readReply(job: ReadReplyJob): Promise<ReadReplyResult> {
  const parsed = await parseReply(job.input, job.limits);
  if (!parsed.ok) return parsed;
  const files = deliveredFiles(parsed.reply.attachments);
  return { ok: true, reply: parsed.reply, reading: readReplyText(parsed.reply.text, files, job.regime, job.rights) };
}

export type ReadFormJob = { contentType: string; body: Uint8Array<ArrayBuffer>; limits: ReplyLimits; regime: string; rights: string[] };

async function fileInput(value: FormDataEntryValue): Promise<FileInput | null> {
  if (typeof value === "string" || value.size === 0) return null;
  return { filename: value.name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** The upload form (`message`: an .eml or .msg file, or `text` pasted; `files`: what came with it), read in the worker. */
export async function readReplyForm(job: ReadFormJob): Promise<ReadReplyResult> {
  let form: FormData;
  try {
    form = await new Response(job.body, { headers: { "content-type": job.contentType } }).formData();
  } catch {
    return { ok: false, reason: "malformed", message: "The upload could not be read. Try again." };
  }
  const files = (await Promise.all(form.getAll("files").map(fileInput))).filter((f): f is FileInput => f !== null);
  const message = form.get("message");
  const file = message === null ? null : await fileInput(message);
  const text = form.get("text");
  let input: ReplyInput;
  if (file) input = { kind: "message", filename: file.filename, bytes: file.bytes, files };
  else if (typeof text === "string" && text.trim()) input = { kind: "paste", text, files };
  else return { ok: false, reason: "empty", message: "Choose the reply's .eml or .msg file, or paste its text." };
  return readReply({ input, limits: job.limits, regime: job.regime, rights: job.rights });
}
