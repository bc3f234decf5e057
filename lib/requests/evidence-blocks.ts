import type { DeadlineStep } from "@/lib/law/deadlines";
import { formatLongDate } from "@/lib/law/labels";

// The evidence bundle as a list of typed text blocks: what a regulator reads, in order. Kept apart
// from the PDF drawing so the content is testable as text.

export type EvidenceBlock = { kind: "title" | "heading" | "subheading" | "text" | "small" | "letter"; text: string } | { kind: "gap" };

export type EvidenceInput = {
  /** 'YYYY-MM-DD' in the user's zone. */
  generatedOn: string;
  serviceName: string;
  lawLabel: string;
  rightsLabel: string;
  recipient: string;
  requesterName: string | null;
  status: string;
  deadline: { dueDate: string; kind: "response" | "appeal"; estimate: boolean; steps: readonly DeadlineStep[] };
  timeline: { on: string; title: string; detail?: string; recordedBy: string; recordedAt: Date; undone: boolean }[];
  letters: { title: string; date: string; subject: string; body: string }[];
  notes: { createdAt: Date; body: string }[];
  /** The company's replies as kept (lib/replies), oldest first; optional so older callers need not know them. */
  replies?: EvidenceReply[];
};

export type EvidenceReply = {
  sentAt: Date | null;
  receivedAt: Date;
  source: string;
  from: string | null;
  subject: string | null;
  sha256: string;
  size: number;
  attachments: { filename: string; size: number; sha256: string; entries: number }[];
};

function replyBlocks(replies: readonly EvidenceReply[]): EvidenceBlock[] {
  const blocks: EvidenceBlock[] = [{ kind: "heading", text: "Replies received" }];
  if (replies.length === 0) blocks.push({ kind: "small", text: "No replies kept." });
  replies.forEach((reply, i) => {
    const how = reply.source === "inbound" ? "received by mail" : reply.source === "paste" ? "pasted" : "uploaded";
    blocks.push(
      { kind: "subheading", text: `Reply ${i + 1}: ${reply.subject ?? "(no subject)"}` },
      { kind: "text", text: `Date: ${reply.sentAt ? recordedAtText(reply.sentAt) : "not stated"}; from: ${reply.from ?? "not stated"}` },
      { kind: "small", text: `Kept ${recordedAtText(reply.receivedAt)} (${how}), ${reply.size} bytes, SHA-256 ${reply.sha256}` },
    );
    for (const file of reply.attachments) {
      const listed = file.entries > 0 ? `, archive of ${file.entries} entries` : "";
      blocks.push({ kind: "small", text: `Attachment ${file.filename}: ${file.size} bytes${listed}, SHA-256 ${file.sha256}` });
    }
    blocks.push({ kind: "gap" });
  });
  return blocks;
}

/** "2026-09-03 10:04 UTC": when an entry was recorded, unambiguous in any zone. */
export function recordedAtText(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function evidenceBlocks(input: EvidenceInput): EvidenceBlock[] {
  const blocks: EvidenceBlock[] = [
    { kind: "title", text: `Evidence file: request to ${input.serviceName}` },
    {
      kind: "small",
      text: `Prepared with RightsDesk on ${formatLongDate(input.generatedOn)}${input.requesterName ? ` for ${input.requesterName}` : ""}. Dates are calendar days; "recorded" times are when the entry was made, in UTC.`,
    },
    { kind: "gap" },
    { kind: "text", text: `Law: ${input.lawLabel}` },
    { kind: "text", text: `Asked for: ${input.rightsLabel}` },
    { kind: "text", text: `Sent to: ${input.recipient}` },
    { kind: "text", text: `Status: ${input.status}` },
    {
      kind: "text",
      text: `${input.deadline.kind === "appeal" ? "Appeal decision due" : "Answer due"}: ${formatLongDate(input.deadline.dueDate)}${input.deadline.estimate ? " (estimate)" : ""}`,
    },
    { kind: "heading", text: "How the deadline is counted" },
    ...input.deadline.steps.map((step, i): EvidenceBlock => ({
      kind: "text",
      text: `${i + 1}. ${step.rule}.${step.estimate ? " (Estimate.)" : ""} Source: ${step.citation}`,
    })),
    { kind: "heading", text: "Timeline" },
  ];
  for (const entry of input.timeline) {
    const detail = entry.detail ? `: ${entry.detail}` : "";
    const undone = entry.undone ? " [later undone: recorded by mistake]" : "";
    blocks.push({ kind: "text", text: `${formatLongDate(entry.on)}: ${entry.title}${detail}${undone}` });
    blocks.push({
      kind: "small",
      text: `Recorded by ${entry.recordedBy === "user" ? "the requester" : entry.recordedBy} on ${recordedAtText(entry.recordedAt)}`,
    });
  }
  if (input.replies) blocks.push(...replyBlocks(input.replies));
  blocks.push({ kind: "heading", text: "Notes" });
  if (input.notes.length === 0) blocks.push({ kind: "small", text: "No notes." });
  for (const note of input.notes) {
    blocks.push({ kind: "small", text: `Written ${recordedAtText(note.createdAt)}` }, { kind: "letter", text: note.body }, { kind: "gap" });
  }
  for (const letter of input.letters) {
    blocks.push(
      { kind: "heading", text: `${letter.title}, ${formatLongDate(letter.date)}` },
      { kind: "subheading", text: `Subject: ${letter.subject}` },
      { kind: "letter", text: letter.body },
    );
  }
  return blocks;
}
