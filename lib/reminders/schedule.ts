import { describeSweep, sweepReminders, type SweepReport } from "./sweep";
import { log } from "@/lib/log";

// The in-app sweeper: one sweep every interval, never two at once in this process (other
// processes are kept apart by the claim). The timer does not keep the process alive.

type State = { stop?: () => void };
const state: State = ((globalThis as { __rightsdeskReminders?: State }).__rightsdeskReminders ??= {});

const BACKLOG_DELAY_MS = 1_000;

export type ScheduleOptions = { intervalMs: number; firstRunMs?: number; sweep?: () => Promise<SweepReport> };

export function startReminderSchedule({ intervalMs, firstRunMs = 5_000, sweep = () => sweepReminders() }: ScheduleOptions): () => void {
  state.stop?.();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    let delay = intervalMs;
    try {
      const report = await sweep();
      if (report.claimed > 0) log.info({ scope: "reminders", summary: describeSweep(report) }, "reminder sweep");
      // A backlog (a server that was down, a busy morning) is worked off without waiting.
      if (report.more) delay = BACKLOG_DELAY_MS;
    } catch (error) {
      log.error({ scope: "reminders", error, retryInSeconds: Math.round(intervalMs / 1000) }, "reminder sweep failed");
    } finally {
      if (!stopped) timer = setTimeout(() => void run(), delay).unref();
    }
  };
  timer = setTimeout(() => void run(), firstRunMs).unref();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  state.stop = stop;
  return stop;
}
