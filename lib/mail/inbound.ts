import "server-only";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { log } from "@/lib/log";
import { unsafeFindReplyAddress } from "@/lib/replies/data";
import type { ReplyLimits } from "@/lib/replies/limits";
import { storeReply } from "@/lib/replies/mutations";
import { tokenOfAddress } from "@/lib/replies/tokens";
import { isWorkerFailure, runOffThread } from "@/lib/workers/off-thread";

// Replies forwarded to r-<token>@<domain>: a real SMTP server that accepts only addresses whose
// token is live (checked at RCPT TO, so unknown and revoked addresses are refused with 550 before
// any data is sent), announces and enforces the size limit, and files each message under its
// request, parsed off-thread like an upload. No AUTH and no relaying: it only ever receives.

export type InboundOptions = { port: number; host: string; domain: string; limits: ReplyLimits };
export type Inbound = { port: number; close(): Promise<void> };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

async function readCapped(stream: SMTPServerDataStream, max: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  if (stream.sizeExceeded || size > max) return null;
  return new Uint8Array(Buffer.concat(chunks));
}

export function startInboundSmtp({ port, host, domain, limits }: InboundOptions): Promise<Inbound> {
  const lookUp = (address: string) => {
    const token = tokenOfAddress(address, domain);
    return token ? unsafeFindReplyAddress(token) : Promise.resolve(null);
  };
  const server = new SMTPServer({
    name: domain,
    banner: "RightsDesk replies",
    size: limits.maxMessageBytes,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    maxClients: 20,
    socketTimeout: 60_000,
    logger: false,
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= 5) return callback(smtpError(452, "Too many recipients"));
      lookUp(address.address).then(
        (row) => callback(row ? null : smtpError(550, "No such mailbox here")),
        () => callback(smtpError(451, "Try again later")),
      );
    },
    onData(stream, session, callback) {
      void (async () => {
        const bytes = await readCapped(stream, limits.maxMessageBytes);
        if (!bytes) return callback(smtpError(552, "Message exceeds the size limit"));
        // The recipients of this message only (a connection may carry several), looked up again: an
        // address revoked since RCPT TO takes nothing.
        const rows = await Promise.all(session.envelope.rcptTo.map((rcpt) => lookUp(rcpt.address)));
        const targets = [
          ...new Map(
            rows.flatMap((row) =>
              row ? [[row.requestId, { requestId: row.requestId, userId: row.userId, regime: row.request.regime, rights: row.request.rights }] as const] : [],
            ),
          ).values(),
        ];
        if (targets.length === 0) return callback(smtpError(550, "No such mailbox here"));
        for (const target of targets) {
          const result = await runOffThread({
            kind: "read-reply",
            job: { input: { kind: "message", filename: "inbound.eml", bytes, files: [] }, limits, regime: target.regime, rights: target.rights },
          });
          if (isWorkerFailure(result)) return callback(smtpError(451, "Try again later"));
          if (!result.ok) return callback(smtpError(result.reason === "malformed" || result.reason === "empty" ? 554 : 552, result.message.slice(0, 200)));
          await storeReply(target.userId, target.requestId, "inbound", result.reply, result.reading);
          log.info({ scope: "replies", source: "inbound", attachments: result.reply.attachments.length, bytes: result.reply.size }, "reply filed");
        }
        callback();
      })().catch((error: unknown) => {
        log.error({ scope: "replies", error }, "inbound mail failed");
        callback(smtpError(451, "Try again later"));
      });
    },
  });
  server.on("error", (error) => log.error({ scope: "replies", error }, "inbound SMTP error"));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.server.address();
      resolve({ port: typeof address === "object" && address ? address.port : port, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
