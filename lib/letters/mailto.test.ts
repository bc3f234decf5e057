import { describe, expect, it } from "vitest";
import { composeLetter } from "./compose";
import { letterInput } from "./fixtures";
import { buildMailto, MAILTO_MAX_LENGTH } from "./mailto";
import type { Letter } from "./types";

const shortLetter: Letter = {
  ...composeLetter(letterInput({ rights: ["objection"] })),
  subject: 'Objection & more: 100% "yes"',
  body: "Dear Sir or Madam,\n\nI object.\n\nJörg Müller",
};

describe("buildMailto", () => {
  it("encodes subject and body per RFC 6068, with CRLF line breaks and %20 for spaces", () => {
    const { href, length, tooLong } = buildMailto(shortLetter);
    expect(tooLong).toBe(false);
    expect(href).toBe(
      "mailto:privacy@netflix.com?subject=Objection%20%26%20more%3A%20100%25%20%22yes%22&body=Dear%20Sir%20or%20Madam%2C%0D%0A%0D%0AI%20object.%0D%0A%0D%0AJ%C3%B6rg%20M%C3%BCller",
    );
    expect(length).toBe(href?.length);
    const url = new URL(href ?? "");
    expect(url.searchParams.get("subject")).toBe(shortLetter.subject);
    expect(url.searchParams.get("body")).toBe(shortLetter.body.replace(/\n/g, "\r\n"));
  });

  it("gives no link for a letter past the limit, but still says how long it would be", () => {
    const full = composeLetter(letterInput()); // the GDPR access list alone runs past 1,800 characters
    const result = buildMailto(full);
    expect(result.tooLong).toBe(true);
    expect(result.href).toBeNull();
    expect(result.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
  });

  it("allows exactly the limit and refuses one character more", () => {
    const base = buildMailto({ ...shortLetter, body: "" }).length;
    const at = buildMailto({ ...shortLetter, body: "x".repeat(MAILTO_MAX_LENGTH - base) });
    expect(at).toMatchObject({ length: MAILTO_MAX_LENGTH, tooLong: false });
    expect(at.href).not.toBeNull();
    expect(buildMailto({ ...shortLetter, body: "x".repeat(MAILTO_MAX_LENGTH - base + 1) })).toMatchObject({ href: null, tooLong: true });
  });

  it("gives no link without a usable address", () => {
    expect(buildMailto({ ...shortLetter, to: { entity: "Netflix" } })).toEqual({ href: null, length: 0, tooLong: false });
    expect(buildMailto({ ...shortLetter, to: { email: "a@b.example?cc=x@evil.example" } }).href).toBeNull();
  });
});
