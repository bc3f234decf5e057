import { describe, expect, it } from "vitest";
import { scrub, scrubFields } from "./scrub";

describe("log scrubbing", () => {
  it("drops addresses, tokens in links and long opaque strings", () => {
    const line = scrub("sent to jane.doe+x@example.org: http://localhost:3000/api/auth/callback/email?callbackUrl=%2F&token=abc123&email=jane%40example.org");
    expect(line).not.toContain("jane");
    expect(line).not.toContain("abc123");
    expect(scrub(`session ${"a".repeat(64)}`)).toBe("session [redacted]");
  });

  it("keeps a value short and reduces errors to their class and message", () => {
    expect(scrub("x".repeat(1_000)).length).toBeLessThan(310);
    expect(scrubFields({ error: new TypeError("bad zone Europe/Nowhere\r\nforged line") })).toEqual({
      error: { type: "TypeError", message: "bad zone Europe/Nowhere\r\nforged line" },
    });
  });

  it("leaves numbers, booleans and short ids alone", () => {
    expect(scrubFields({ count: 3, ok: true, id: "cm1abcdefghijklmnopqrstu" })).toEqual({ count: 3, ok: true, id: "cm1abcdefghijklmnopqrstu" });
  });
});
