import nodemailer from "nodemailer";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetDatabase, testDatabaseUrl, useTestDatabaseForApp } from "@/lib/testing/db";
import { buildEml } from "./fixtures";
import { DEFAULT_REPLY_LIMITS } from "./limits";
import { readReply } from "./read-reply";

const url = testDatabaseUrl();

describe.skipIf(!url)(`replies on ${process.env.TEST_DB}`, async () => {
  useTestDatabaseForApp(url!);
  const mutations = await import("./mutations");
  const data = await import("./data");
  const { startInboundSmtp } = await import("@/lib/mail/inbound");
  const db = createTestDb(url!);
  let a = "";
  let b = "";

  async function request(userId: string) {
    return (
      await db.request.create({
        data: {
          userId,
          serviceRef: "netflix@2024-04-17",
          serviceName: "Netflix",
          regime: "eu-gdpr",
          rights: ["access"],
          language: "en",
          letterSubject: "Access",
          letterBody: "Dear Sir or Madam",
          recipient: "privacy@netflix.com",
          sentOn: "2026-11-02",
          dueDate: "2026-12-02",
          dueAt: new Date("2026-12-02T22:59:59Z"),
          events: { create: { userId, type: "sent", on: "2026-11-02" } },
        },
        select: { id: true },
      })
    ).id;
  }

  async function parsed() {
    const result = await readReply({
      input: { kind: "message", filename: "r.eml", bytes: new TextEncoder().encode(buildEml()), files: [] },
      limits: DEFAULT_REPLY_LIMITS,
      regime: "eu-gdpr",
      rights: ["access"],
    });
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  beforeEach(async () => {
    await resetDatabase(db);
    a = (await db.user.create({ data: { email: "a@example.org" } })).id;
    b = (await db.user.create({ data: { email: "b@example.org" } })).id;
  });
  afterAll(() => db.$disconnect());

  it("stores a reply under its owner's request only, and reads it back only for the owner", async () => {
    const mine = await request(a);
    const { reply, reading } = await parsed();
    expect(await mutations.storeReply(b, mine, "upload", reply, reading)).toEqual({ ok: false, reason: "not-found" });
    const stored = await mutations.storeReply(a, mine, "upload", reply, reading);
    if (!stored.ok) throw new Error("not stored");
    const list = await data.loadReplies(a, mine);
    expect(list).toHaveLength(1);
    expect(list[0]!.sha256).toBe(reply.sha256);
    expect(list[0]!.attachments[0]!.entries?.entries).toHaveLength(4);
    expect(await data.loadReplies(b, mine)).toEqual([]);
    expect(await data.loadReplyRaw(b, mine, stored.replyId)).toBeNull();
    const raw = await data.loadReplyRaw(a, mine, stored.replyId);
    expect(Buffer.from(raw!.raw).equals(Buffer.from(reply.raw))).toBe(true);
    const fileId = list[0]!.attachments[0]!.id;
    expect(await data.loadReplyAttachment(b, mine, stored.replyId, fileId)).toBeNull();
    expect((await data.loadReplyAttachment(a, mine, stored.replyId, fileId))?.filename).toBe("export.zip");
    expect(await data.loadEvidenceReplies(b, mine)).toEqual([]);
  });

  it("rotates and revokes reply addresses; another user cannot", async () => {
    const mine = await request(a);
    expect(await mutations.rotateReplyAddress(b, mine)).toBeNull();
    const first = await mutations.rotateReplyAddress(a, mine);
    const second = await mutations.rotateReplyAddress(a, mine);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(await data.unsafeFindReplyAddress(first!)).toBeNull();
    expect((await data.unsafeFindReplyAddress(second!))?.requestId).toBe(mine);
    expect(await mutations.revokeReplyAddress(b, mine)).toBe(false);
    expect(await mutations.revokeReplyAddress(a, mine)).toBe(true);
    expect(await data.unsafeFindReplyAddress(second!)).toBeNull();
  });

  it("files mail sent over SMTP to a live address and refuses unknown, revoked and oversized mail", async () => {
    const mine = await request(a);
    const token = (await mutations.rotateReplyAddress(a, mine))!;
    const inbound = await startInboundSmtp({
      port: 0,
      host: "127.0.0.1",
      domain: "replies.test",
      limits: { ...DEFAULT_REPLY_LIMITS, maxMessageBytes: 64 * 1024 },
    });
    const transport = nodemailer.createTransport({ host: "127.0.0.1", port: inbound.port, secure: false, ignoreTLS: true });
    try {
      const eml = buildEml({ to: `r-${token}@replies.test` });
      await transport.sendMail({ envelope: { from: "privacy@streamco.example", to: `r-${token}@replies.test` }, raw: eml });
      const list = await data.loadReplies(a, mine);
      expect(list.map((r) => [r.source, r.subject])).toEqual([["inbound", "Your data access request"]]);
      await expect(transport.sendMail({ envelope: { from: "x@y.example", to: `r-${"0".repeat(32)}@replies.test` }, raw: eml })).rejects.toMatchObject({
        responseCode: 550,
      });
      await expect(transport.sendMail({ envelope: { from: "x@y.example", to: `r-${token}@elsewhere.test` }, raw: eml })).rejects.toMatchObject({
        responseCode: 550,
      });
      await expect(
        transport.sendMail({ envelope: { from: "x@y.example", to: `r-${token}@replies.test` }, raw: buildEml({ text: "x".repeat(100 * 1024) }) }),
      ).rejects.toMatchObject({ responseCode: 552 });
      await mutations.revokeReplyAddress(a, mine);
      await expect(transport.sendMail({ envelope: { from: "x@y.example", to: `r-${token}@replies.test` }, raw: eml })).rejects.toMatchObject({
        responseCode: 550,
      });
      expect(await data.loadReplies(a, mine)).toHaveLength(1);
    } finally {
      transport.close();
      await inbound.close();
    }
  });
});
