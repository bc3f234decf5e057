import { describe, expect, it } from "vitest";
import { maskEmail, redactUrl } from "./redact";

describe("redaction for logs", () => {
  it("keeps only the first letter and the domain of an address", () => {
    expect(maskEmail("jane.doe@example.org")).toBe("j***@example.org");
    expect(maskEmail("nonsense")).toBe("***");
  });

  it("removes tokens and addresses from URLs but keeps the path", () => {
    const out = redactUrl("https://app.example/api/auth/callback/email?callbackUrl=%2Fdashboard&token=abc123&email=j%40x.org");
    expect(out).toContain("/api/auth/callback/email");
    expect(out).toContain("callbackUrl=%2Fdashboard");
    expect(out).not.toContain("abc123");
    expect(out).not.toContain("j%40x.org");
  });
});
