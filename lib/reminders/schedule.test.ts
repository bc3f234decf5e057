import { afterEach, describe, expect, it, vi } from "vitest";
import { startReminderSchedule } from "./schedule";

const report = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, deferred: 0, lostLease: 0, more: false };

describe("startReminderSchedule", () => {
  afterEach(() => vi.useRealTimers());

  it("sweeps on the interval, one sweep at a time, and keeps going after a failed sweep", async () => {
    vi.useFakeTimers();
    let running = 0;
    let overlapped = false;
    const sweep = vi.fn(async () => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      running -= 1;
      if (sweep.mock.calls.length === 2) throw new Error("database away");
      return report;
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    const stop = startReminderSchedule({ intervalMs: 1_000, firstRunMs: 10, sweep });
    await vi.advanceTimersByTimeAsync(10_000);
    stop();
    const calls = sweep.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sweep.mock.calls.length).toBe(calls);
  });

  it("sweeps again within a second while a backlog remains", async () => {
    vi.useFakeTimers();
    const sweep = vi.fn(async () => ({ ...report, claimed: 10, sent: 10, more: sweep.mock.calls.length < 3 }));
    vi.spyOn(console, "info").mockImplementation(() => {});
    const stop = startReminderSchedule({ intervalMs: 60_000, firstRunMs: 10, sweep });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(sweep).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sweep).toHaveBeenCalledTimes(3);
    stop();
  });
});
