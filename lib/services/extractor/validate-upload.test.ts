import { describe, expect, it } from "vitest";
import { MAX_POLICY_BYTES } from "./formats";
import { validatePolicyText, validatePolicyUpload } from "./validate-upload";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("validatePolicyUpload", () => {
  it("accepts UTF-8 text, Markdown and HTML, dropping a byte-order mark", () => {
    expect(validatePolicyUpload(utf8("\ufeffPrivacy Policy: email dpo@example.org"), "policy.txt")).toEqual({
      ok: true,
      text: "Privacy Policy: email dpo@example.org",
      format: "text",
      warnings: [],
    });
    expect(validatePolicyUpload(utf8("# Privacy"), "POLICY.MD")).toMatchObject({ ok: true, format: "markdown" });
    expect(validatePolicyUpload(utf8("<p>Privacy</p>"), "p.htm")).toMatchObject({ ok: true, format: "html" });
  });

  it("rejects an empty or whitespace-only file", () => {
    expect(validatePolicyUpload(new Uint8Array(), "a.txt")).toMatchObject({ ok: false, reason: "empty" });
    expect(validatePolicyUpload(utf8(" \n\t "), "a.txt")).toMatchObject({ ok: false, reason: "empty" });
    expect(validatePolicyUpload(utf8("<script>alert(1)</script>"), "a.html")).toMatchObject({ ok: false, reason: "empty" });
  });

  it("rejects files over 2 MB", () => {
    const big = new Uint8Array(MAX_POLICY_BYTES + 1).fill(0x61);
    const result = validatePolicyUpload(big, "big.txt");
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    expect(!result.ok && result.message).toMatch(/2 MB/);
    expect(validatePolicyUpload(new Uint8Array(MAX_POLICY_BYTES).fill(0x61), "max.txt").ok).toBe(true);
  });

  it("rejects binary content: NUL bytes or many control characters", () => {
    expect(validatePolicyUpload(utf8("%PDF-1.7\u0000\u0001"), "x.txt")).toMatchObject({ ok: false, reason: "binary" });
    const controls = utf8("text".repeat(20) + "\u0001\u0002\u0003\u0004\u0005");
    expect(validatePolicyUpload(controls, "x.txt")).toMatchObject({ ok: false, reason: "binary" });
  });

  it("rejects non-UTF-8 text, including UTF-16 with a byte-order mark", () => {
    const latin1 = new Uint8Array([0x50, 0x72, 0x69, 0x76, 0x61, 0x63, 0xe9]); // "Privacé" in Latin-1
    const result = validatePolicyUpload(latin1, "latin1.txt");
    expect(result).toMatchObject({ ok: false, reason: "not-utf8" });
    expect(!result.ok && result.message).toMatch(/UTF-8/);
    expect(validatePolicyUpload(new Uint8Array([0xff, 0xfe, 0x50, 0x00]), "u16.txt")).toMatchObject({ ok: false, reason: "not-utf8" });
  });

  it("rejects other file types", () => {
    expect(validatePolicyUpload(utf8("hello"), "policy.pdf")).toMatchObject({ ok: false, reason: "unsupported-type" });
    expect(validatePolicyUpload(utf8("hello"), "policy")).toMatchObject({ ok: false, reason: "unsupported-type" });
  });

  it("accepts HTML with scripts but warns that they were removed", () => {
    const html = utf8("<p>Contact privacy@example.org</p><script>steal()</script><SCRIPT src=x></SCRIPT>");
    const result = validatePolicyUpload(html, "policy.html");
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      { code: "scripts-removed", message: "The page contained 2 scripts. They were removed and never run; only the text is kept." },
    ]);
  });
});

describe("validatePolicyText", () => {
  it("applies the same limits to pasted text", () => {
    expect(validatePolicyText("")).toMatchObject({ ok: false, reason: "empty" });
    expect(validatePolicyText("a\u0000b")).toMatchObject({ ok: false, reason: "binary" });
    expect(validatePolicyText("é".repeat(MAX_POLICY_BYTES / 2 + 1))).toMatchObject({ ok: false, reason: "too-large" });
    expect(validatePolicyText("We respond within 30 days.")).toMatchObject({ ok: true, format: "text" });
  });
});
