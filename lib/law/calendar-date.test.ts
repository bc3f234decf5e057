import { describe, expect, it } from "vitest";
import { addMonthsClamped, formatIsoDate, fromParts, parseIsoDate, weekday } from "./calendar-date";
import { DeadlineInputError } from "./errors";

const day = (iso: string) => parseIsoDate(iso, "receivedOn");
const plusMonths = (iso: string, months: number) => {
  const shifted = addMonthsClamped(day(iso), months);
  return { date: formatIsoDate(shifted.day), clamped: shifted.clamped };
};

describe("parseIsoDate", () => {
  it.each(["2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-2-3", "25-02-03", "2025-02-03T00:00", ""])("rejects %j", (value) => {
    expect(() => day(value)).toThrow(DeadlineInputError);
  });

  it("accepts 29 February in a leap year", () => {
    expect(formatIsoDate(day("2024-02-29"))).toBe("2024-02-29");
  });

  it("rejects years the calculator does not support with a range error", () => {
    expect(() => day("1899-12-31")).toThrow(expect.objectContaining({ code: "date-out-of-range" }));
  });

  it("numbers days from 1970-01-01", () => {
    expect(day("1970-01-01")).toBe(0);
    expect(day("1970-01-02")).toBe(1);
    expect(fromParts(2000, 3, 1) - fromParts(2000, 2, 28)).toBe(2);
  });
});

describe("weekday", () => {
  it("knows 1970-01-01 was a Thursday and 2025-04-30 a Wednesday", () => {
    expect(weekday(day("1970-01-01"))).toBe(4);
    expect(weekday(day("2025-04-30"))).toBe(3);
    expect(weekday(day("1969-12-28"))).toBe(0);
  });
});

describe("addMonthsClamped", () => {
  it("keeps the same date where it exists", () => {
    expect(plusMonths("2025-09-03", 1)).toEqual({ date: "2025-10-03", clamped: false });
    expect(plusMonths("2025-12-15", 1)).toEqual({ date: "2026-01-15", clamped: false });
  });

  it("clamps to the last day of a shorter month", () => {
    expect(plusMonths("2025-01-31", 1)).toEqual({ date: "2025-02-28", clamped: true });
    expect(plusMonths("2024-01-31", 1)).toEqual({ date: "2024-02-29", clamped: true });
    expect(plusMonths("2025-03-31", 1)).toEqual({ date: "2025-04-30", clamped: true });
    expect(plusMonths("2025-11-30", 3)).toEqual({ date: "2026-02-28", clamped: true });
  });

  it("moves 29 February to 28 February in a common year", () => {
    expect(plusMonths("2024-02-29", 12)).toEqual({ date: "2025-02-28", clamped: true });
    expect(plusMonths("2024-02-29", 1)).toEqual({ date: "2024-03-29", clamped: false });
  });
});
