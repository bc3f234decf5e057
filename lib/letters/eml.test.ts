import { simpleParser, type AddressObject } from "mailparser";
import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { buildEml, rfc5322Date } from "./eml";
import { letterInput, version } from "./fixtures";
import type { Letter } from "./types";

const german = composeLetter(
  letterInput({
    service: version("trakt", "2018-09-13"),
    regime: "eu-gdpr",
    rights: ["deletion", "access"],
    language: "de",
    requester: { name: "Jörg Müßig-Ölçü", email: "joerg@example.de", username: "joerg_m" },
    specifics: { deletion: { scope: "account" } },
  }),
);
const first = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

describe("buildEml", () => {
  it("round-trips through mailparser: subject, from, to, text, draft flag", async () => {
    const eml = buildEml(german, { date: new Date("2026-09-03T08:15:00Z"), messageIdDomain: "rightsdesk.example" });
    const mail = await simpleParser(eml);
    expect(mail.subject).toBe("Personal Information Request");
    expect(first(mail.from)).toEqual({ name: "Jörg Müßig-Ölçü", address: "joerg@example.de" });
    expect(first(mail.to)).toEqual({ name: "Trakt", address: "support@trakt.tv" });
    expect(mail.text?.replace(/\r\n/g, "\n").trimEnd()).toBe(german.body);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.date?.toISOString()).toBe("2026-09-03T08:15:00.000Z");
    expect(mail.messageId).toMatch(/^<[0-9a-f]{8}\.[0-9a-f]{8}@rightsdesk\.example>$/);
  });

  it("writes CRLF only, lines within 78 characters, and the MIME headers a client needs", () => {
    const eml = buildEml(german);
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
    expect(head).toContain("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\nX-Unsent: 1");
    expect(head).toMatch(/^From: =\?UTF-8\?B\?/);
    expect(head).toContain("Date: Thu, 03 Sep 2026 12:00:00 +0000");
    expect(head).not.toContain("Message-ID");
  });

  it("encodes a long non-ASCII subject in folded encoded words that decode back whole", async () => {
    const subject = "Löschung nach Art. 17 DSGVO; Auskunft nach Art. 15 DSGVO; Datenübertragbarkeit nach Art. 20 DSGVO — ß€";
    const mail = await simpleParser(buildEml({ ...german, subject }));
    expect(mail.subject).toBe(subject);
  });

  it("quotes an ASCII display name with specials", async () => {
    const letter: Letter = { ...german, from: { name: 'Smith, "Jo" (Jo)', email: "jo@example.com" }, to: { ...german.to, entity: "trakt, inc." } };
    const eml = buildEml(letter);
    expect(eml).toContain('From: "Smith, \\"Jo\\" (Jo)" <jo@example.com>');
    const mail = await simpleParser(eml);
    expect(first(mail.from)).toEqual({ name: 'Smith, "Jo" (Jo)', address: "jo@example.com" });
    expect(first(mail.to)).toEqual({ name: "trakt, inc.", address: "support@trakt.tv" });
  });

  it("never emits an injected header, even from a Letter that skipped the schemas", async () => {
    const evil: Letter = {
      ...german,
      subject: "Hello\r\nBcc: one@evil.example",
      from: { name: "Eve\r\nBcc: two@evil.example", email: "eve@example.com" },
      to: { email: "support@trakt.tv", entity: "Trakt\nBcc: three@evil.example\r\n\r\nbody" },
      body: "Hi\r\nBcc: four@evil.example\n.\nFrom: x",
    };
    const eml = buildEml(evil);
    const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
    expect(head).not.toMatch(/^Bcc:/im);
    const mail = await simpleParser(eml);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.subject).toBe("Hello Bcc: one@evil.example");
    expect(first(mail.from)).toEqual({ name: "Eve Bcc: two@evil.example", address: "eve@example.com" });
    expect(mail.text?.replace(/\r\n/g, "\n").trimEnd()).toBe("Hi\nBcc: four@evil.example\n.\nFrom: x");
  });

  it("refuses a sender address that is not an address, and leaves out a bad recipient", () => {
    expect(() => buildEml({ ...german, from: { name: "Eve", email: "eve@example.com\r\nBcc: x@evil.example" } })).toThrow(/not a valid address/);
    expect(buildEml({ ...german, to: { email: "x@evil.example>, <y@evil.example" } })).not.toMatch(/^To:/m);
  });
});

describe("rfc5322Date", () => {
  it("formats in UTC whatever the machine's zone", () => {
    expect(rfc5322Date(new Date("2026-01-01T00:05:09Z"))).toBe("Thu, 01 Jan 2026 00:05:09 +0000");
  });
});
