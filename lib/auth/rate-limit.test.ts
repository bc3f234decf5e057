import { describe, expect, it } from "vitest";
import { clientAddress, normalizeEmail, rateLimitKey, retryMinutes } from "./rate-limit";

describe("sign-in rate limit helpers", () => {
  it("keys hide the address and differ by scope and secret", () => {
    const key = rateLimitKey("s".repeat(32), "email", "jane@example.org");
    expect(key).not.toContain("jane");
    expect(key).not.toBe(rateLimitKey("s".repeat(32), "client", "jane@example.org"));
    expect(key).not.toBe(rateLimitKey("t".repeat(32), "email", "jane@example.org"));
    expect(key).toBe(rateLimitKey("s".repeat(32), "email", "jane@example.org"));
  });

  it("treats case and spaces in an address as the same person", () => {
    expect(normalizeEmail("  Jane@Example.ORG ")).toBe("jane@example.org");
  });

  it("takes the proxy's view of the client only when a proxy is trusted", () => {
    expect(clientAddress("203.0.113.9, 10.0.0.2", true)).toBe("10.0.0.2");
    expect(clientAddress("203.0.113.9, 10.0.0.2", false)).toBe("203.0.113.9");
    expect(clientAddress(null, false)).toBe("unknown");
  });

  it("rounds the wait up to whole minutes, at least one", () => {
    const start = new Date("2026-01-01T10:00:00Z");
    expect(retryMinutes(start, 900, new Date("2026-01-01T10:05:30Z"))).toBe(10);
    expect(retryMinutes(start, 900, new Date("2026-01-01T10:14:59Z"))).toBe(1);
  });
});
