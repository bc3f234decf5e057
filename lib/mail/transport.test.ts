import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSmtp, type TestSmtp } from "@/lib/testing/smtp";
import { createSmtpTransport } from "./transport";

describe("the pooled SMTP transport", () => {
  let smtp: TestSmtp;
  beforeAll(async () => void (smtp = await startTestSmtp()));
  afterAll(() => smtp.close());

  it("delivers many messages sent at once over its few connections, each once, and reports a refusal", async () => {
    const transport = createSmtpTransport(smtp.url);
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `<pool.${i}@rights.example.org>`);
      await Promise.all(
        ids.map((id, i) =>
          transport.sendMail({ from: "a@rights.example.org", to: `user${i}@example.org`, subject: `n${i}`, text: "hello", headers: { "Message-ID": id } }),
        ),
      );
      expect(smtp.messages.map((m) => m.messageId).sort()).toEqual(ids.sort());
      smtp.rejectNext(1);
      await expect(transport.sendMail({ from: "a@rights.example.org", to: "x@example.org", subject: "no", text: "no" })).rejects.toMatchObject({
        responseCode: 451,
      });
    } finally {
      transport.close();
    }
  });

  it("fails clearly when nothing listens", async () => {
    const transport = createSmtpTransport("smtp://127.0.0.1:9");
    await expect(transport.sendMail({ from: "a@rights.example.org", to: "x@example.org", subject: "s", text: "t" })).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNREFUSED|ECONNECTION|ESOCKET/),
    });
    transport.close();
  });
});
