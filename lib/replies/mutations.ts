import "server-only";
import { getDb } from "@/lib/db/client";
import type { ParsedReply } from "./parse";
import type { ReplyReading } from "./read-reply";
import { newReplyToken } from "./tokens";

// Writes take the owner's id and scope every statement by it; a reply only exists under a request
// of the same user. Inbound mail is the one writer without a session: its token is the permission.

export type ReplySource = "upload" | "paste" | "inbound";
export type StoreOutcome = { ok: true; replyId: string } | { ok: false; reason: "not-found" };

const bytes = (value: Uint8Array) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength) as Uint8Array<ArrayBuffer>;

export async function storeReply(userId: string, requestId: string, source: ReplySource, reply: ParsedReply, reading: ReplyReading): Promise<StoreOutcome> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const request = await tx.request.findFirst({ where: { id: requestId, userId }, select: { id: true } });
    if (!request) return { ok: false, reason: "not-found" } as const;
    const row = await tx.reply.create({
      data: {
        requestId,
        userId,
        source,
        fromAddress: reply.from,
        toAddress: reply.to,
        subject: reply.subject,
        sentAt: reply.sentAt ? new Date(reply.sentAt) : null,
        headers: reply.headers,
        textBody: reply.text,
        raw: bytes(reply.raw),
        size: reply.size,
        sha256: reply.sha256,
        reading: { ...reading, warnings: reply.warnings, format: reply.format },
        attachments: {
          create: reply.attachments.map((a) => ({
            userId,
            filename: a.filename,
            contentType: a.contentType,
            size: a.size,
            sha256: a.sha256,
            bytes: bytes(a.bytes),
            ...(a.entries ? { entries: { entries: a.entries, note: a.note } } : a.note ? { entries: { entries: [], note: a.note } } : {}),
          })),
        },
      },
      select: { id: true },
    });
    return { ok: true, replyId: row.id } as const;
  });
}

/** A new address for the request; any earlier one is revoked (kept, so mail to it stays refused). False when the request is not the user's. */
export async function rotateReplyAddress(userId: string, requestId: string): Promise<string | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const request = await tx.request.findFirst({ where: { id: requestId, userId }, select: { id: true } });
    if (!request) return null;
    await tx.replyAddress.updateMany({ where: { requestId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    const token = newReplyToken();
    await tx.replyAddress.create({ data: { requestId, userId, token } });
    return token;
  });
}

export async function revokeReplyAddress(userId: string, requestId: string): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.replyAddress.updateMany({ where: { requestId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}
