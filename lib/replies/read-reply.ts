import { answerChecklist } from "@/lib/requests/answer-check";
import { classifyReply, type Classification } from "./classify";
import { checklistCoverage, type Coverage, type DeliveredFile } from "./checklist";
import { fileKind } from "./file-types";
import type { ReplyLimits } from "./limits";
import { parseReply, type ParsedReply, type ParseResult, type ReplyInput } from "./parse";

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
