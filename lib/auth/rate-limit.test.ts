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
    expect(normalizeEmail("ｊａｎｅ@example.org")).toBe("jane@example.org");
  });

  it("refuses what next-auth would cut or misread, so no two spellings share one inbox under two budgets", () => {
    for (const bad of [
      "victim@x.org,1",
      "victim@x.org,attacker@y.org",
      '"a"@x.org',
      "a@b@x.org",
      "a@localhost",
      "a@x..org",
      "a b@x.org",
      "a@x.org\u0000",
      "a@-x.org",
      "",
      42,
      null,
      ["a@x.org"],
      `${"a".repeat(65)}@x.org`,
    ]) {
      expect(normalizeEmail(bad)).toBeNull();
    }
  });

  it("takes the proxy's view of the client only when a proxy is trusted, and the TCP peer otherwise", () => {
    expect(clientAddress({ forwardedFor: "203.0.113.9, 10.0.0.2", peer: "127.0.0.1" }, true)).toBe("10.0.0.2");
    expect(clientAddress({ forwardedFor: "203.0.113.9, 10.0.0.2", peer: "192.0.2.7" }, false)).toBe("192.0.2.7");
    expect(clientAddress({ forwardedFor: "203.0.113.9", peer: "::ffff:192.0.2.7" }, false)).toBe("192.0.2.7");
    expect(clientAddress({ forwardedFor: null, peer: null }, false)).toBe("unknown");
  });

  it("counts an IPv6 client by its /64", () => {
    const a = clientAddress({ forwardedFor: null, peer: "2001:db8:1:2:aaaa::1" }, false);
    expect(a).toBe("2001:db8:1:2::/64");
    expect(clientAddress({ forwardedFor: null, peer: "2001:0db8:0001:0002:ffff:ffff:ffff:ffff" }, false)).toBe(a);
    expect(clientAddress({ forwardedFor: null, peer: "::1" }, false)).toBe("0:0:0:0::/64");
  });

  it("rounds the wait up to whole minutes, at least one", () => {
    const start = new Date("2026-01-01T10:00:00Z");
    expect(retryMinutes(start, 900, new Date("2026-01-01T10:05:30Z"))).toBe(10);
    expect(retryMinutes(start, 900, new Date("2026-01-01T10:14:59Z"))).toBe(1);
  });
});
