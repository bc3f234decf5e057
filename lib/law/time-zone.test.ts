import { describe, expect, it } from "vitest";
import { DeadlineInputError } from "./errors";
import { deadlineEndInstant } from "./time-zone";

describe("deadlineEndInstant", () => {
  it.each([
    ["2025-03-29", "Europe/London", "2025-03-29T23:59:59.999Z"],
    // Clocks go forward on 30 March: the day ends at 23:59 BST.
    ["2025-03-30", "Europe/London", "2025-03-30T22:59:59.999Z"],
    // Clocks go back on 26 October: the day ends at 23:59 GMT.
    ["2025-10-26", "Europe/London", "2025-10-26T23:59:59.999Z"],
    ["2025-03-09", "America/Los_Angeles", "2025-03-10T06:59:59.999Z"],
    ["2025-11-02", "America/Los_Angeles", "2025-11-03T07:59:59.999Z"],
    ["2025-01-01", "Pacific/Kiritimati", "2025-01-01T09:59:59.999Z"],
    ["2025-07-01", "America/Adak", "2025-07-02T08:59:59.999Z"],
    ["2025-04-30", "Asia/Kathmandu", "2025-04-30T18:14:59.999Z"],
  ])("%s in %s ends at %s", (date, zone, instant) => {
    expect(deadlineEndInstant(date, zone)).toBe(instant);
  });

  it("takes the later end where clocks went back at midnight (São Paulo, 18 Feb 2018)", () => {
    expect(deadlineEndInstant("2018-02-17", "America/Sao_Paulo")).toBe("2018-02-18T02:59:59.999Z");
  });

  it("ends just before a midnight that was skipped (São Paulo, 4 Nov 2018)", () => {
    expect(deadlineEndInstant("2018-11-03", "America/Sao_Paulo")).toBe("2018-11-04T02:59:59.999Z");
  });

  it("gives a skipped day (Samoa, 30 Dec 2011) the end of the day before it", () => {
    expect(deadlineEndInstant("2011-12-30", "Pacific/Apia")).toBe("2011-12-30T09:59:59.999Z");
    expect(deadlineEndInstant("2011-12-29", "Pacific/Apia")).toBe("2011-12-30T09:59:59.999Z");
  });

  it("rejects an unknown zone and an impossible date", () => {
    expect(() => deadlineEndInstant("2025-01-01", "Mars/Olympus")).toThrow(expect.objectContaining({ code: "invalid-time-zone" }));
    expect(() => deadlineEndInstant("2025-02-30", "Europe/London")).toThrow(DeadlineInputError);
  });
});
