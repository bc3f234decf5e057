import { describe, expect, it } from "vitest";
import { buildZip } from "@/lib/testing/zip";
import { buildEml } from "./fixtures";
import { DEFAULT_REPLY_LIMITS } from "./limits";
import { parseReply, sha256Hex } from "./parse";
import { readReply } from "./read-reply";

const bytes = (text: string) => new TextEncoder().encode(text);
const message = (text: string, files = []) => ({ kind: "message" as const, filename: "reply.eml", bytes: bytes(text), files });

describe("parseReply", () => {
  it("keeps an .eml's headers, text, hash and its zip's listing without extracting it", async () => {
    const eml = buildEml();
    const result = await parseReply(message(eml), DEFAULT_REPLY_LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { reply } = result;
    expect(reply.from).toBe('"Privacy Team" <privacy@streamco.example>');
    expect(reply.subject).toBe("Your data access request");
    expect(reply.sentAt).toBe("2026-11-24T09:15:00.000Z");
    expect(reply.sha256).toBe(sha256Hex(bytes(eml)));
    expect(reply.headers.find(([name]) => name === "message-id")?.[1]).toBe("<reply-4711@streamco.example>");
    expect(reply.attachments).toHaveLength(1);
    expect(reply.attachments[0]!.entries?.map((e) => [e.name, e.type])).toEqual([
      ["export/", "folder"],
      ["export/profile.json", "json"],
      ["export/viewing-history.csv", "csv"],
      ["export/README.txt", "text"],
    ]);
  });

  it("lists a zip bomb and a nested archive without opening either", async () => {
    const bomb = buildZip([
      { name: "huge.bin", data: "x", declaredSize: 4_000_000_000 },
      { name: "inner.zip", data: buildZip([{ name: "deep.json", data: "{}" }]) },
    ]);
    const result = await parseReply(
      { kind: "paste", text: "Here is your data.", files: [{ filename: "bomb.zip", contentType: "application/zip", bytes: bomb }] },
      DEFAULT_REPLY_LIMITS,
    );
    if (!result.ok) throw new Error(result.message);
    const [attachment] = result.reply.attachments;
    expect(attachment!.entries?.map((e) => [e.name, e.size, e.type])).toEqual([
      ["huge.bin", 4_000_000_000, "other"],
      ["inner.zip", expect.any(Number), "archive"],
    ]);
    expect(attachment!.note).toContain("zip bomb");
  });

  it("caps the listing of an archive with too many entries", async () => {
    const many = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.csv`, data: "a" })));
    const result = await parseReply(
      { kind: "paste", text: "Data.", files: [{ filename: "many.zip", contentType: "application/zip", bytes: many }] },
      { ...DEFAULT_REPLY_LIMITS, maxArchiveEntries: 10 },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.reply.attachments[0]!.entries).toHaveLength(10);
    expect(result.reply.attachments[0]!.note).toBe("Only the first 10 entries are listed.");
  });

  it("reads HTML mail as text, without its scripts", async () => {
    const result = await parseReply(
      message(
        buildEml({
          html: true,
          zip: null,
          text: "<html><body><script>alert(1)</script><p>Please find attached your data.</p><img src=x onerror=alert(2)></body></html>",
        }),
      ),
      DEFAULT_REPLY_LIMITS,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.reply.text).toContain("Please find attached your data.");
    expect(result.reply.text).not.toContain("alert");
    expect(result.reply.warnings[0]).toContain("shown as text");
  });

  it("refuses what is not an email, a broken .msg, too many or too large files, and a message over the limit", async () => {
    expect(await parseReply(message("\u0000\u0001garbage without headers"), DEFAULT_REPLY_LIMITS)).toMatchObject({ ok: false, reason: "malformed" });
    expect(await parseReply({ ...message("not ole"), filename: "reply.msg" }, DEFAULT_REPLY_LIMITS)).toMatchObject({ ok: false, reason: "malformed" });
    const file = { filename: "a.csv", contentType: "text/csv", bytes: new Uint8Array(2000) };
    expect(await parseReply({ kind: "paste", text: "x", files: [file, file, file] }, { ...DEFAULT_REPLY_LIMITS, maxAttachments: 2 })).toMatchObject({
      ok: false,
      reason: "too-many-files",
    });
    expect(await parseReply({ kind: "paste", text: "x", files: [file] }, { ...DEFAULT_REPLY_LIMITS, maxAttachmentBytes: 1000 })).toMatchObject({
      ok: false,
      reason: "file-too-large",
    });
    expect(await parseReply(message(buildEml()), { ...DEFAULT_REPLY_LIMITS, maxMessageBytes: 500 })).toMatchObject({ ok: false, reason: "too-large" });
  });

  it("refuses broken MIME with no readable part clearly, asking for the text", async () => {
    const broken =
      'From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="nope"\r\n\r\n--other\r\nContent-Type: text/plain\r\n\r\nWe have received your request.\r\n';
    const result = await parseReply(message(broken), DEFAULT_REPLY_LIMITS);
    expect(result).toMatchObject({ ok: false, reason: "empty", message: expect.stringContaining("Paste the reply's text") });
  });
});

describe("readReply", () => {
  it("proposes a partial answer for the fixture reply and fills the checklist", async () => {
    const result = await readReply({ input: message(buildEml()), limits: DEFAULT_REPLY_LIMITS, regime: "eu-gdpr", rights: ["access"] });
    if (!result.ok) throw new Error(result.message);
    expect(result.reading.classification.proposal).toMatchObject({ type: "answer-received", completeness: "partial" });
    expect(result.reading.coverage?.missing).toEqual(["access.retention", "access.rights", "access.source", "access.automated", "access.transfers"]);
  });
});
