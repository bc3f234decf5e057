import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/law/calendar-date";
import { isQuietHour, localInstant, localParts, nextAllowedInstant, weekdayOf } from "./local-time";

describe("local time", () => {
  it("finds the instant of a local hour on either side of a clock change", () => {
    expect(localInstant("2026-03-28", 9, "Europe/London").toISOString()).toBe("2026-03-28T09:00:00.000Z");
    expect(localInstant("2026-03-30", 9, "Europe/London").toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(localInstant("2026-04-01", 9, "America/Los_Angeles").toISOString()).toBe("2026-04-01T16:00:00.000Z");
    expect(localInstant("2026-04-01", 9, "Asia/Kathmandu").toISOString()).toBe("2026-04-01T03:15:00.000Z");
  });

  it("moves an hour skipped by a clock change to the same reading after it", () => {
    // London skips 01:00-02:00 on 29 March 2026.
    expect(localInstant("2026-03-29", 1, "Europe/London").toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(localParts(localInstant("2026-03-29", 1, "Europe/London"), "Europe/London")).toEqual({ date: "2026-03-29", hour: 2, minute: 0 });
  });

  it("reads the local date and hour of an instant", () => {
    expect(localParts(new Date("2026-04-02T22:59:59.999Z"), "Europe/London")).toEqual({ date: "2026-04-02", hour: 23, minute: 59 });
    expect(localParts(new Date("2026-04-02T22:59:59.999Z"), "Asia/Tokyo")).toEqual({ date: "2026-04-03", hour: 7, minute: 59 });
  });

  it("counts calendar days and weekdays without the machine's zone", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(weekdayOf("2026-03-23")).toBe(1);
  });

  it("keeps mail out of quiet hours that wrap midnight, and has none when both ends are equal", () => {
    const quiet = { quietFrom: 21, quietTo: 8 };
    expect([20, 21, 23, 0, 7, 8].map((hour) => isQuietHour(hour, quiet))).toEqual([false, true, true, true, true, false]);
    expect(isQuietHour(3, { quietFrom: 0, quietTo: 0 })).toBe(false);
    expect(isQuietHour(13, { quietFrom: 12, quietTo: 14 })).toBe(true);
    const late = new Date("2026-03-26T22:30:00Z");
    expect(nextAllowedInstant(late, "Europe/London", quiet).toISOString()).toBe("2026-03-27T08:00:00.000Z");
    const early = new Date("2026-03-27T05:00:00Z");
    expect(nextAllowedInstant(early, "Europe/London", quiet).toISOString()).toBe("2026-03-27T08:00:00.000Z");
    const day = new Date("2026-03-27T12:00:00Z");
    expect(nextAllowedInstant(day, "Europe/London", quiet)).toBe(day);
  });
});
