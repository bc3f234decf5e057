import { computeDeadlines, type DeadlineResult } from "@/lib/law/deadlines";
import type { RegimeId, RightId } from "@/lib/law/types";

export type RequestDue = {
  /** The latest date among the rights, as the letter states it; the end of that day where the controller is. */
  dueDate: string;
  dueAt: Date;
  perRight: { right: RightId; respondBy: string; respondByEndsAt: string; acknowledgeBy?: string; estimate: boolean }[];
  timeZone: string;
};

/** The clock starts on the day the user sent it: an email arrives the day it is sent. */
export function requestDue(regime: RegimeId, rights: readonly RightId[], sentOn: string, holidayRegion?: string): RequestDue {
  const results = rights.map((right) => ({
    right,
    result: computeDeadlines({ regime, right, receivedOn: sentOn, ...(holidayRegion ? { holidayRegion } : {}) }),
  }));
  const latest = results.reduce<{ right: RightId; result: DeadlineResult } | undefined>(
    (best, item) => (!best || item.result.respondByEndsAt > best.result.respondByEndsAt ? item : best),
    undefined,
  );
  if (!latest) throw new Error("A request needs at least one right");
  return {
    dueDate: latest.result.respondBy,
    dueAt: new Date(latest.result.respondByEndsAt),
    perRight: results.map(({ right, result }) => ({
      right,
      respondBy: result.respondBy,
      respondByEndsAt: result.respondByEndsAt,
      ...(result.acknowledgeBy ? { acknowledgeBy: result.acknowledgeBy } : {}),
      estimate: result.estimate,
    })),
    timeZone: latest.result.timeZone,
  };
}
