import { describeSweep, sweepReminders, type SweepReport } from "./sweep";

// The in-app sweeper: one sweep every interval, never two at once in this process (other
// processes are kept apart by the claim). The timer does not keep the process alive.

type State = { stop?: () => void };
const state: State = ((globalThis as { __rightsdeskReminders?: State }).__rightsdeskReminders ??= {});

export type ScheduleOptions = { intervalMs: number; firstRunMs?: number; sweep?: () => Promise<SweepReport> };

export function startReminderSchedule({ intervalMs, firstRunMs = 5_000, sweep = () => sweepReminders() }: ScheduleOptions): () => void {
  state.stop?.();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    try {
      const report = await sweep();
      if (report.claimed > 0) console.info(`[reminders] ${describeSweep(report)}`);
    } catch (error) {
      console.error(`[reminders] sweep failed, trying again in ${Math.round(intervalMs / 1000)} s: ${(error as Error).message}`);
    } finally {
      if (!stopped) timer = setTimeout(run, intervalMs).unref();
    }
  };
  timer = setTimeout(run, firstRunMs).unref();
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
  };
  state.stop = stop;
  return stop;
}
