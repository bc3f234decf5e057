import "server-only";
import { getDb } from "@/lib/db/client";
import { isRecordId } from "@/lib/text/safe-text";
import type { EvidenceReply } from "@/lib/requests/evidence-blocks";
import type { ArchiveEntry } from "./archive";
import type { ReplyReading } from "./read-reply";
import { isReplyToken } from "./tokens";

// Reads of replies, each scoped by the owner's id in the query; another user's reply and a missing
// one look the same (null).

export type StoredReading = ReplyReading & { warnings?: string[]; format?: string };
export type StoredEntries = { entries: ArchiveEntry[]; note: string | null };

/** A reply as its owner reads it, on the request page and in the account export. */
export const REPLY_FIELDS = {
  id: true,
  source: true,
  fromAddress: true,
  toAddress: true,
  subject: true,
  sentAt: true,
  size: true,
  sha256: true,
  textBody: true,
  createdAt: true,
} as const;

export async function loadReplies(userId: string, requestId: string) {
  if (!isRecordId(requestId)) return [];
  const db = await getDb();
  const rows = await db.reply.findMany({
    where: { requestId, userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...REPLY_FIELDS,
      reading: true,
      attachments: {
        where: { userId },
        orderBy: { id: "asc" },
        select: { id: true, filename: true, contentType: true, size: true, sha256: true, entries: true },
      },
    },
  });
  return rows.map((row) => ({
    ...row,
    reading: row.reading as StoredReading | null,
    attachments: row.attachments.map((a) => ({ ...a, entries: a.entries as StoredEntries | null })),
  }));
}

export type StoredReply = Awaited<ReturnType<typeof loadReplies>>[number];

export async function loadReplyReading(
  userId: string,
  requestId: string,
  replyId: string,
): Promise<{ reading: StoredReading | null; subject: string | null; sentAt: Date | null; createdAt: Date } | null> {
  if (!isRecordId(replyId) || !isRecordId(requestId)) return null;
  const db = await getDb();
  const row = await db.reply.findFirst({ where: { id: replyId, requestId, userId }, select: { reading: true, subject: true, sentAt: true, createdAt: true } });
  return row ? { ...row, reading: row.reading as StoredReading | null } : null;
}

export async function loadReplyRaw(userId: string, requestId: string, replyId: string) {
  if (!isRecordId(replyId) || !isRecordId(requestId)) return null;
  const db = await getDb();
  return db.reply.findFirst({ where: { id: replyId, requestId, userId }, select: { raw: true, source: true, sentAt: true, createdAt: true } });
}

export async function loadReplyAttachment(userId: string, requestId: string, replyId: string, attachmentId: string) {
  if (!isRecordId(replyId) || !isRecordId(requestId) || !isRecordId(attachmentId)) return null;
  const db = await getDb();
  return db.replyAttachment.findFirst({ where: { id: attachmentId, replyId, userId, reply: { requestId, userId } }, select: { filename: true, bytes: true } });
}

/** The request's current reply token, if it has one. */
export async function loadReplyToken(userId: string, requestId: string): Promise<string | null> {
  if (!isRecordId(requestId)) return null;
  const db = await getDb();
  const row = await db.replyAddress.findFirst({ where: { requestId, userId, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { token: true } });
  return row?.token ?? null;
}

/** Unscoped on purpose: inbound mail has no session, and the unrevoked token is the permission. */
export async function unsafeFindReplyAddress(token: string) {
  if (!isReplyToken(token)) return null;
  const db = await getDb();
  return db.replyAddress.findFirst({
    where: { token, revokedAt: null },
    select: { requestId: true, userId: true, request: { select: { regime: true, rights: true } } },
  });
}

/** What the evidence file says of each reply: no text, no bytes, just what identifies it. */
export async function loadEvidenceReplies(userId: string, requestId: string): Promise<EvidenceReply[]> {
  const db = await getDb();
  const rows = await db.reply.findMany({
    where: { requestId, userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      sentAt: true,
      createdAt: true,
      source: true,
      fromAddress: true,
      subject: true,
      sha256: true,
      size: true,
      attachments: { where: { userId }, orderBy: { id: "asc" }, select: { filename: true, size: true, sha256: true, entries: true } },
    },
  });
  return rows.map((r) => ({
    sentAt: r.sentAt,
    receivedAt: r.createdAt,
    source: r.source,
    from: r.fromAddress,
    subject: r.subject,
    sha256: r.sha256,
    size: r.size,
    attachments: r.attachments.map((a) => ({
      filename: a.filename,
      size: a.size,
      sha256: a.sha256,
      entries: (a.entries as StoredEntries | null)?.entries.length ?? 0,
    })),
  }));
}
