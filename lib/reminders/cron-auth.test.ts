import { describe, expect, it } from "vitest";
import { bearerMatches } from "./cron-auth";

const secret = "s".repeat(40);

describe("bearerMatches", () => {
  it("accepts exactly the secret as a bearer token", () => {
    expect(bearerMatches(`Bearer ${secret}`, secret)).toBe(true);
    expect(bearerMatches(`bearer ${secret}`, secret)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const header of [null, "", "Bearer", `Bearer ${secret}x`, `Bearer ${secret.slice(1)}`, secret, `Basic ${secret}`, `Bearer ${secret} extra`]) {
      expect(bearerMatches(header, secret)).toBe(false);
    }
    expect(bearerMatches("Bearer ", "")).toBe(false);
  });
});
