import { createServer, type Server } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for the tests, with a small HTTP API to read what it received:
// GET /messages?to=ADDRESS returns the messages for that address, newest last.
export type StoredMessage = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  raw: string;
  receivedAt: string;
};

export async function startMailbox(opts: { smtpPort: number; httpPort: number; info?: Record<string, unknown> }) {
  const messages: StoredMessage[] = [];
  const smtp = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      const receive = async () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = await simpleParser(raw);
        const headers: Record<string, string> = {};
        for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          headers,
          raw,
          receivedAt: new Date().toISOString(),
        });
        callback();
      };
      // A message that does not parse is refused, not left hanging.
      stream.on("end", () => void receive().catch((error: Error) => callback(error)));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(opts.smtpPort, "127.0.0.1", resolve));
  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    res.setHeader("Content-Type", "application/json");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      res.end(JSON.stringify(messages.filter((message) => !to || message.to.includes(to))));
    } else if (url.pathname === "/info") {
      res.end(JSON.stringify(opts.info ?? {}));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => http.listen(opts.httpPort, "127.0.0.1", resolve));
  return {
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
