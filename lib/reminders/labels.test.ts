import { describe, expect, it } from "vitest";
import { formatReminderTime, reminderKindLabel, reminderOutcome } from "./labels";

describe("reminder labels", () => {
  it("say when a reminder comes and what happened to it", () => {
    expect(["before-7d", "before-1d", "overdue-1d", "digest"].map(reminderKindLabel)).toEqual([
      "7 days before the deadline",
      "1 day before the deadline",
      "The day after the deadline",
      "Weekly summary",
    ]);
    expect(reminderOutcome({ status: "pending", attempts: 2 })).toEqual({ key: "retrying", text: "Will try again", tone: "warn" });
    expect(reminderOutcome({ status: "failed", attempts: 10 }).tone).toBe("bad");
  });

  it("show times in the user's zone, not the machine's", () => {
    expect(formatReminderTime(new Date("2026-03-26T09:00:00Z"), "Europe/London")).toBe("Thu, 26 Mar 2026, 09:00");
    expect(formatReminderTime(new Date("2026-04-01T08:00:00Z"), "Europe/London")).toBe("Wed, 1 Apr 2026, 09:00");
  });
});
