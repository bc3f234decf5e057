import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { sendRaw } from "@/lib/mail/transport";

// A real SMTP server in the test process that can misbehave on purpose: answer "451 try again"
// to the first N messages, or stall (never answer) on them so the client times out.

export type ReceivedMessage = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
};

export type TestSmtp = {
  url: string;
  port: number;
  messages: ReceivedMessage[];
  /** Answers the next N messages with 451 (a temporary failure). */
  rejectNext(count: number): void;
  /** Never answers the next N messages (after any rejections). */
  stallNext(count: number): void;
  /** Messages refused or stalled so far. */
  refused: () => number;
  close(): Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMessage[] = [];
  let reject = 0;
  let stall = 0;
  let refused = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 50,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (reject > 0) {
          reject -= 1;
          refused += 1;
          callback(Object.assign(new Error("Greylisted, try again later"), { responseCode: 451 }));
          return;
        }
        if (stall > 0) {
          stall -= 1;
          refused += 1;
          return;
        }
        simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const headers: Record<string, string> = {};
          for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
          messages.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            headers,
          });
          callback(null, "Queued");
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejectNext: (count) => void (reject = count),
    stallNext: (count) => void (stall = count),
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A sender for the sweeper that talks to `url` with short timeouts, like sendMail would; with `raw`,
 * the message is built as the app builds it (one MIME buffer) rather than by nodemailer.
 */
export function smtpSender(url: string, { timeoutMs = 2_000, pool = false, raw = false }: { timeoutMs?: number; pool?: boolean; raw?: boolean } = {}) {
  const { hostname, port } = new URL(url);
  const options = {
    host: hostname,
    port: Number(port),
    secure: false,
    ignoreTLS: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
  };
  const transport = pool ? nodemailer.createTransport({ ...options, pool: true, maxConnections: 5 }) : nodemailer.createTransport(options);
  const send = async (mail: { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> }) => {
    if (raw) return sendRaw(transport, { from: "RightsDesk <no-reply@localhost>", ...mail });
    const info = await transport.sendMail({ from: "RightsDesk <no-reply@localhost>", ...mail });
    return { messageId: info.messageId };
  };
  return Object.assign(send, { close: () => transport.close() });
}
