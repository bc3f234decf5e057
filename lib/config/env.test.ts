import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty development environment with embedded defaults", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.MAIL_OUTBOX).toBe(false);
  });

  it("names DATABASE_URL and shows the expected shape when it is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL must look like postgresql:\/\//);
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("accepts postgres URLs over TCP and over a unix socket", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://app:pw@db.internal:5432/app" }).DATABASE_URL).toContain("db.internal");
    expect(parseEnv({ DATABASE_URL: "postgresql://app@localhost/app?host=%2Fvar%2Frun" }).DATABASE_URL).toBeDefined();
  });

  it("names SMTP_URL when it is not an smtp address", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL must look like smtp:\/\//);
  });

  it("lists every missing production setting at once, with its fix", () => {
    let message = "";
    try {
      parseEnv({ NODE_ENV: "production" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/AUTH_SECRET: required in production.*openssl rand/);
    expect(message).toMatch(/APP_URL: required in production/);
    expect(message).toMatch(/SMTP_URL: required in production/);
  });

  it("refuses a short secret and takes NEXTAUTH_* names as fallbacks", () => {
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32/);
    const env = parseEnv({
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "x".repeat(40),
      NEXTAUTH_URL: "https://rights.example.org",
      SMTP_URL: "smtp://mail.example.org:587",
    });
    expect(env.APP_URL).toBe("https://rights.example.org");
  });

  it("treats blank variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads the reply limits and the inbound mail settings, and wants both inbound settings or neither", () => {
    const env = parseEnv({ REPLY_MAX_MESSAGE_MB: "10", INBOUND_SMTP_PORT: "2525", INBOUND_DOMAIN: "Replies.Example.org" });
    expect([env.REPLY_MAX_MESSAGE_MB, env.REPLY_MAX_ATTACHMENTS, env.INBOUND_SMTP_PORT, env.INBOUND_DOMAIN]).toEqual([10, 20, 2525, "replies.example.org"]);
    expect(() => parseEnv({ REPLY_MAX_ATTACHMENT_MB: "0" })).toThrow(/REPLY_MAX_ATTACHMENT_MB must be at least 1/);
    expect(() => parseEnv({ INBOUND_SMTP_PORT: "2525" })).toThrow(/set both/);
    expect(() => parseEnv({ INBOUND_SMTP_PORT: "2525", INBOUND_DOMAIN: "not a domain" })).toThrow(/INBOUND_DOMAIN must be a domain name/);
  });
});
