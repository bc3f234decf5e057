import { describe, expect, it } from "vitest";
import { decodeCloudflareEmail, encodeCloudflareEmail } from "./cloudflare-email";

describe("decodeCloudflareEmail", () => {
  it("decodes the addresses hidden in the 2018 Trakt capture", () => {
    expect(decodeCloudflareEmail("7704020707180503370305161c03590301")).toBe("support@trakt.tv");
    expect(decodeCloudflareEmail("6a191f1a1a05181e2a1e180b011e441e1c")).toBe("support@trakt.tv");
  });

  it("round-trips with any key", () => {
    for (const key of [0x01, 0x42, 0xff]) {
      expect(decodeCloudflareEmail(encodeCloudflareEmail("dpo@example.org", key))).toBe("dpo@example.org");
    }
  });

  it("returns null for odd-length, non-hex or non-address payloads", () => {
    expect(decodeCloudflareEmail("abc")).toBeNull();
    expect(decodeCloudflareEmail("zz11")).toBeNull();
    expect(decodeCloudflareEmail(encodeCloudflareEmail("not an address", 7))).toBeNull();
  });
});
