import net from "node:net";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type StreamTransport from "nodemailer/lib/stream-transport";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { loadConfig } from "@/lib/config";
import { mimeMessage, type MimeInput } from "./mime-message";
import { writeOutboxEntry } from "./outbox";
import { log } from "@/lib/log";

// The one mail transport: SMTP when SMTP_URL is set, otherwise the local outbox.
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Printed to the terminal by `next dev` in outbox mode only, so a developer can follow a sign-in link. */
  devLink?: string;
};
export type SentMail = { messageId: string; transport: "smtp" | "outbox" };

type State = { smtp?: Transporter<SMTPTransport.SentMessageInfo>; outbox?: Transporter<StreamTransport.SentMessageInfo> };
const state: State = ((globalThis as { __rightsdeskMail?: State }).__rightsdeskMail ??= {});

const CONNECT_TIMEOUT_MS = 15_000;

type SocketCallback = (error: Error | null, socket?: { connection: net.Socket }) => void;

/**
 * Opens each pooled connection ourselves to turn Nagle's algorithm off: SMTP sends small commands
 * and waits for each answer, and with Nagle on, every message meets the peer's delayed ACK (about
 * 40 ms). TLS (smtps or STARTTLS) is layered on this socket by nodemailer as usual.
 */
function connectWithoutDelay(options: { host?: string; port?: number }, callback: SocketCallback): void {
  const socket = net.connect({ host: options.host ?? "localhost", port: options.port ?? 25 });
  socket.setNoDelay(true);
  const timer = setTimeout(() => socket.destroy(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })), CONNECT_TIMEOUT_MS);
  const done = (error: Error | null) => {
    clearTimeout(timer);
    socket.off("error", done);
    socket.off("connect", connected);
    callback(error, error ? undefined : { connection: socket });
  };
  const connected = () => done(null);
  socket.once("connect", connected);
  socket.once("error", done);
}

/**
 * A pool of a few long-lived SMTP connections: a sweep sends many reminders in parallel, and a new
 * connection (and greeting) per message cost more than the message. Eight, because each waits for
 * the server's answer to every command (nodemailer does not pipeline): with four the sweeper sat
 * idle a quarter of the time in the benchmark. Exported for the benchmark.
 */
export function createSmtpTransport(url: string): Transporter<SMTPTransport.SentMessageInfo> {
  // The URL's settings (host, port, secure, auth, query options) with the pool's on top; a URL given
  // as such would drop every other option.
  return nodemailer.createTransport({
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: 8,
    maxMessages: 1_000,
    logger: false,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    getSocket: connectWithoutDelay,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

/** Sends the message built by mimeMessage, as one buffer: the Message-ID returned is the one in it. */
export async function sendRaw(transport: Transporter, mail: MimeInput): Promise<{ messageId: string }> {
  const { raw, envelope, messageId } = mimeMessage(mail);
  await transport.sendMail({ envelope, raw });
  return { messageId };
}

export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const config = loadConfig();
  const message = { from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers };
  if (!config.outbox && config.SMTP_URL) {
    state.smtp ??= createSmtpTransport(config.SMTP_URL);
    const { messageId } = await sendRaw(state.smtp, message);
    return { messageId, transport: "smtp" };
  }
  state.outbox ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const { raw, envelope, messageId } = mimeMessage(message);
  const info = await state.outbox.sendMail({ envelope, raw });
  const entry = writeOutboxEntry(
    config.dataDir,
    { to: mail.to, subject: mail.subject, date: new Date().toISOString(), text: mail.text },
    info.message as Buffer,
  );
  log.info({ scope: "mail", outbox: `${entry.id}.eml` }, "mail saved to the outbox");
  // A developer's own terminal, not a log: only `next dev` prints the link (it holds a token).
  if (mail.devLink && config.NODE_ENV === "development") process.stdout.write(`\n  Sign-in link (development only): ${mail.devLink}\n\n`);
  return { messageId, transport: "outbox" };
}
