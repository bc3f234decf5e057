import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";

describe("reminder settings", () => {
  it("sweeps every 60 seconds by default, and can be switched off", () => {
    expect(parseEnv({})).toMatchObject({ REMINDERS_ENABLED: true, REMINDERS_INTERVAL_SECONDS: 60, CRON_SECRET: undefined });
    expect(parseEnv({ REMINDERS_ENABLED: "false", REMINDERS_INTERVAL_SECONDS: "300" })).toMatchObject({
      REMINDERS_ENABLED: false,
      REMINDERS_INTERVAL_SECONDS: 300,
    });
    expect(parseEnv({ REMINDERS_ENABLED: "" }).REMINDERS_ENABLED).toBe(true);
  });

  it("names the variable and the fix when a value is wrong", () => {
    expect(() => parseEnv({ REMINDERS_ENABLED: "maybe" })).toThrow(/REMINDERS_ENABLED/);
    expect(() => parseEnv({ REMINDERS_INTERVAL_SECONDS: "5" })).toThrow(/REMINDERS_INTERVAL_SECONDS must be at least 10/);
    expect(() => parseEnv({ REMINDERS_INTERVAL_SECONDS: "soon" })).toThrow(/REMINDERS_INTERVAL_SECONDS must be a whole number/);
    expect(() => parseEnv({ CRON_SECRET: "short" })).toThrow(/CRON_SECRET must be at least 32 characters.*openssl rand/);
  });
});
