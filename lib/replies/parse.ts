import { createHash } from "node:crypto";
import MsgReader from "@kenjiuno/msgreader";
import { simpleParser, type AddressObject } from "mailparser";
import { htmlToText } from "@/lib/services/extractor/html-to-text";
import { listZip, looksLikeZip, type ArchiveEntry } from "./archive";
import { cleanContentType, cleanFileName, cleanLine, cleanText } from "./clean-text";
import { fileKind } from "./file-types";
import { megabytes, MAX_PASTED_CHARS, type ReplyLimits } from "./limits";

// A reply as it arrives (an .eml or .msg file, pasted text, or SMTP data) turned into what we keep:
// its headers, its text (HTML mail read by the one-pass scanner, never rendered), its files with
// their hashes and, for a zip, its listing. Runs in a worker thread (lib/workers/jobs.ts).

export type FileInput = { filename: string; contentType: string; bytes: Uint8Array };
export type ReplyInput = { kind: "message"; filename: string; bytes: Uint8Array; files: FileInput[] } | { kind: "paste"; text: string; files: FileInput[] };

export type ParsedAttachment = {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
  entries: ArchiveEntry[] | null;
  note: string | null;
};
export type ParsedReply = {
  format: "eml" | "msg" | "paste";
  from: string | null;
  to: string | null;
  subject: string | null;
  sentAt: string | null;
  headers: [string, string][];
  text: string;
  raw: Uint8Array;
  size: number;
  sha256: string;
  attachments: ParsedAttachment[];
  warnings: string[];
};
export type ParseRejection = "too-large" | "too-many-files" | "file-too-large" | "malformed" | "empty";
export type ParseResult = { ok: true; reply: ParsedReply } | { ok: false; reason: ParseRejection; message: string };

const MAX_TEXT = 500_000;
const MAX_HEADERS = 80;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const isOle = (bytes: Uint8Array) => OLE_MAGIC.every((b, i) => bytes[i] === b);
const refuse = (reason: ParseRejection, message: string): ParseResult => ({ ok: false, reason, message });

type Body = Omit<ParsedReply, "raw" | "size" | "sha256" | "attachments" | "warnings"> & { files: FileInput[]; warnings: string[] };

function textFrom(plain: string | undefined, html: string | false | undefined, warnings: string[]): string {
  if (plain && plain.trim()) return cleanText(plain, MAX_TEXT);
  if (!html) return "";
  const { text, removedElements } = htmlToText(html.slice(0, MAX_TEXT * 4));
  warnings.push(
    `The message was HTML; it is shown as text${removedElements > 0 ? ` (${removedElements} scripts, styles or embedded elements left out)` : ""}.`,
  );
  return cleanText(text, MAX_TEXT);
}

const addressText = (value: AddressObject | AddressObject[] | undefined) =>
  cleanLine((Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", "));

async function readEml(bytes: Uint8Array): Promise<Body | null> {
  const parsed = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const headers = parsed.headerLines
    .slice(0, MAX_HEADERS)
    .map(({ key, line }): [string, string] => [cleanLine(key, 80) ?? "", cleanLine(line.slice(line.indexOf(":") + 1), 1000) ?? ""]);
  const known = ["from", "date", "subject", "to", "message-id"].filter((name) => parsed.headers.has(name));
  if (known.length === 0) return null;
  const warnings: string[] = [];
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null;
  return {
    format: "eml",
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    subject: cleanLine(parsed.subject),
    sentAt: date,
    headers,
    text: textFrom(parsed.text, parsed.html, warnings),
    files: parsed.attachments.map((a) => ({
      filename: a.filename ?? "",
      contentType: a.contentType,
      bytes: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
    warnings,
  };
}

function readMsg(bytes: Uint8Array): Body | null {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const data = reader.getFileData();
  if ((data as { error?: string }).error) return null;
  const warnings: string[] = [];
  const files: FileInput[] = [];
  for (const attachment of data.attachments ?? []) {
    try {
      const file = reader.getAttachment(attachment);
      files.push({ filename: file.fileName, contentType: attachment.attachMimeTag ?? "", bytes: file.content });
    } catch {
      warnings.push(`An attachment (${cleanLine(attachment.fileName, 100) ?? "unnamed"}) could not be read from the .msg file.`);
    }
  }
  const headers = (data.headers ?? "")
    .split(/\r?\n(?![\t ])/)
    .slice(0, MAX_HEADERS)
    .flatMap((line): [string, string][] => {
      const colon = line.indexOf(":");
      return colon > 0 ? [[cleanLine(line.slice(0, colon), 80) ?? "", cleanLine(line.slice(colon + 1), 1000) ?? ""]] : [];
    });
  const when = data.messageDeliveryTime ?? data.clientSubmitTime;
  const date = when ? new Date(when) : null;
  const sender = data.senderEmail ? `${data.senderName ?? ""} <${data.senderEmail}>`.trim() : data.senderName;
  return {
    format: "msg",
    from: cleanLine(sender),
    to: cleanLine(
      (data.recipients ?? [])
        .map((r) => r.email ?? r.name ?? "")
        .filter(Boolean)
        .join(", "),
    ),
    subject: cleanLine(data.subject),
    sentAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    headers,
    text: textFrom(data.body, data.bodyHtml, warnings),
    files,
    warnings,
  };
}

async function readAttachment(file: FileInput, index: number, limits: ReplyLimits): Promise<ParsedAttachment> {
  const filename = cleanFileName(file.filename, `attachment-${index + 1}`);
  const kind = fileKind(filename);
  let entries: ArchiveEntry[] | null = null;
  let note: string | null = null;
  if (looksLikeZip(file.bytes)) {
    const listing = await listZip(file.bytes, limits.maxArchiveEntries);
    entries = listing.entries;
    note = listing.problem ?? (listing.truncated ? `Only the first ${limits.maxArchiveEntries} entries are listed.` : null);
  } else if (kind === "archive") {
    note = "Only zip archives are listed; this one is kept as it came.";
  }
  return {
    filename,
    contentType: cleanContentType(file.contentType),
    size: file.bytes.byteLength,
    sha256: sha256Hex(file.bytes),
    bytes: file.bytes,
    entries,
    note,
  };
}

async function readBody(input: ReplyInput): Promise<Body | null> {
  if (input.kind === "paste") {
    const text = cleanText(input.text, MAX_PASTED_CHARS).trim();
    return { format: "paste", from: null, to: null, subject: null, sentAt: null, headers: [], text, files: [], warnings: [] };
  }
  const name = input.filename.toLowerCase();
  if (isOle(input.bytes) || name.endsWith(".msg")) return isOle(input.bytes) ? readMsg(input.bytes) : null;
  return readEml(input.bytes);
}

export async function parseReply(input: ReplyInput, limits: ReplyLimits): Promise<ParseResult> {
  const raw = input.kind === "paste" ? new TextEncoder().encode(input.text) : input.bytes;
  const extraBytes = input.files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (raw.byteLength + extraBytes > limits.maxMessageBytes)
    return refuse("too-large", `The reply and its files come to more than ${megabytes(limits.maxMessageBytes)}, the most RightsDesk keeps per reply.`);
  if (input.kind === "paste" && input.text.length > MAX_PASTED_CHARS)
    return refuse("too-large", `Pasted text may be up to ${MAX_PASTED_CHARS.toLocaleString("en")} characters.`);
  let body: Body | null;
  try {
    body = await readBody(input);
  } catch {
    body = null;
  }
  if (!body) {
    return refuse(
      "malformed",
      input.kind === "message" && input.filename.toLowerCase().endsWith(".msg")
        ? "This is not an Outlook message (.msg) we can read. Save the reply as .eml, or paste its text."
        : "This does not look like an email: no From, Date or Subject header was found. Save the reply from your mail program as .eml, or paste its text.",
    );
  }
  if (!body.text.trim() && body.files.length + input.files.length === 0)
    return refuse("empty", "The reply has no text and no files. Paste the reply's text or choose its .eml file.");
  const files = [...body.files, ...input.files];
  if (files.length > limits.maxAttachments)
    return refuse("too-many-files", `The reply has ${files.length} files; RightsDesk keeps up to ${limits.maxAttachments} per reply.`);
  const large = files.find((f) => f.bytes.byteLength > limits.maxAttachmentBytes);
  if (large)
    return refuse(
      "file-too-large",
      `“${cleanFileName(large.filename, "A file")}” is ${megabytes(large.bytes.byteLength)}; files may be up to ${megabytes(limits.maxAttachmentBytes)} each.`,
    );
  const attachments: ParsedAttachment[] = [];
  for (const [index, file] of files.entries()) attachments.push(await readAttachment(file, index, limits));
  const { files: _files, ...rest } = body;
  return { ok: true, reply: { ...rest, raw, size: raw.byteLength, sha256: sha256Hex(raw), attachments, warnings: body.warnings } };
}
