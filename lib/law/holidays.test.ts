import { describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDate } from "./calendar-date";
import { addWorkingDays, nextWorkingDay, workingCalendar } from "./holidays";

const day = (iso: string) => parseIsoDate(iso, "receivedOn");

describe("workingCalendar", () => {
  it("knows England's bank holidays, including substitute days", () => {
    const england = workingCalendar("GB-ENG");
    expect(england.holidayName(day("2025-08-25"))).toBe("Summer bank holiday");
    expect(england.isWorkingDay(day("2026-12-28"))).toBe(false);
    expect(england.isWorkingDay(day("2025-08-04"))).toBe(true);
  });

  it("tells Scotland's bank holidays from England's", () => {
    expect(workingCalendar("GB-SCT").isWorkingDay(day("2025-08-04"))).toBe(false);
  });

  it("uses California state holidays, not federal ones, for US-CA", () => {
    const california = workingCalendar("us-ca");
    expect(california.region).toBe("US-CA");
    expect(california.citation).toContain("Cal. Gov. Code §§ 6700, 6701");
    expect(california.holidayName(day("2025-03-31"))).toBe("Cesar Chavez Day");
    // Gov. Code §6700: Lincoln Day, Admission Day, Native American Day and Columbus Day are holidays ...
    for (const date of ["2026-02-12", "2026-09-09", "2026-09-25", "2026-10-12"]) expect(california.holidayName(day(date))).toBeDefined();
    // ... the day after Thanksgiving and a Friday before a Saturday Independence Day are not.
    expect(california.isWorkingDay(day("2025-11-28"))).toBe(true);
    expect(california.isWorkingDay(day("2026-07-03"))).toBe(true);
  });

  it("rejects regions date-holidays does not know", () => {
    expect(() => workingCalendar("XX")).toThrow(expect.objectContaining({ code: "unknown-holiday-region" }));
    expect(() => workingCalendar("GB-XYZ")).toThrow(expect.objectContaining({ code: "unknown-holiday-region" }));
    expect(() => workingCalendar("GB-ENG-LON")).toThrow(expect.objectContaining({ code: "unknown-holiday-region" }));
  });
});

describe("working-day arithmetic", () => {
  const netherlands = workingCalendar("NL");

  it("skips weekends and holidays when rolling forward", () => {
    expect(formatIsoDate(nextWorkingDay(day("2025-11-08"), netherlands))).toBe("2025-11-10");
    expect(formatIsoDate(nextWorkingDay(day("2025-12-25"), netherlands))).toBe("2025-12-29");
    expect(formatIsoDate(nextWorkingDay(day("2025-12-24"), netherlands))).toBe("2025-12-24");
  });

  it("never counts the start day", () => {
    expect(formatIsoDate(addWorkingDays(day("2025-11-07"), 1, netherlands))).toBe("2025-11-10");
    expect(formatIsoDate(addWorkingDays(day("2025-11-08"), 1, netherlands))).toBe("2025-11-10");
    expect(formatIsoDate(addWorkingDays(day("2025-11-10"), 5, netherlands))).toBe("2025-11-17");
  });
});
