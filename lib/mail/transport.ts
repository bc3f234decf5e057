import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type StreamTransport from "nodemailer/lib/stream-transport";
import { loadConfig } from "@/lib/config";
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

export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const config = loadConfig();
  const message = { from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers };
  if (!config.outbox && config.SMTP_URL) {
    state.smtp ??= nodemailer.createTransport(config.SMTP_URL, { logger: false, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    const info = await state.smtp.sendMail(message);
    return { messageId: info.messageId, transport: "smtp" };
  }
  state.outbox ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await state.outbox.sendMail(message);
  const entry = writeOutboxEntry(
    config.dataDir,
    { to: mail.to, subject: mail.subject, date: new Date().toISOString(), text: mail.text },
    info.message as Buffer,
  );
  log.info({ scope: "mail", outbox: `${entry.id}.eml` }, "mail saved to the outbox");
  // A developer's own terminal, not a log: only `next dev` prints the link (it holds a token).
  if (mail.devLink && config.NODE_ENV === "development") process.stdout.write(`\n  Sign-in link (development only): ${mail.devLink}\n\n`);
  return { messageId: info.messageId, transport: "outbox" };
}
