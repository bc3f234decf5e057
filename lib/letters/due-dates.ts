import { addMonthsClamped, formatIsoDate, parseIsoDate } from "@/lib/law/calendar-date";
import { computeDeadlines, DeadlineInputError } from "@/lib/law/deadlines";
import { findRightGrant } from "@/lib/law/regimes";
import type { Regime, RightId } from "@/lib/law/types";
import { timelineFor } from "@/lib/services/letter-facts";
import type { ServiceRecord } from "@/lib/services/types";
import { LetterInputError } from "./errors";
import type { DueDate } from "./types";

export type DueDatesInput = {
  regime: Regime;
  rights: readonly RightId[];
  /** The letter's date, taken as the day the controller receives it. */
  date: string;
  holidayRegion?: string;
  record: ServiceRecord;
  /** Renders a lib/law citation the way the letter's language cites. */
  cite: (citation: string) => string;
};

/** The date a policy's own promise ("within 30 days") gives, counted from receipt like the law's. */
function promisedBy(date: string, promise: { days?: number; months?: number }): string | null {
  const received = parseIsoDate(date, "receivedOn");
  if (promise.days !== undefined) return formatIsoDate(received + promise.days);
  if (promise.months !== undefined) return formatIsoDate(addMonthsClamped(received, promise.months).day);
  return null;
}

function deadlineFor(input: DueDatesInput, right: RightId) {
  try {
    return computeDeadlines({
      regime: input.regime.id,
      right,
      receivedOn: input.date,
      ...(input.holidayRegion ? { holidayRegion: input.holidayRegion } : {}),
    });
  } catch (error) {
    if (!(error instanceof DeadlineInputError)) throw error;
    throw new LetterInputError("deadline", error.message, error.field === "holidayRegion" ? "holidayRegion" : "date");
  }
}

/**
 * Each right's due date from the deadline engine, and the policy's own promise where it is
 * sooner. A promise later than the law is only a warning: the letter always states the law's date.
 */
export function dueDatesFor(input: DueDatesInput): { dueDates: DueDate[]; warnings: string[] } {
  const warnings: string[] = [];
  const dueDates = input.rights.map((right): DueDate => {
    const deadline = deadlineFor(input, right);
    const rule = findRightGrant(input.regime, right)?.deadline;
    const due: DueDate = {
      right,
      respondBy: deadline.respondBy,
      estimate: deadline.estimate,
      citation: input.cite(rule?.respond.citation ?? ""),
      ...(deadline.acknowledgeBy ? { acknowledgeBy: deadline.acknowledgeBy } : {}),
    };
    const timeline = timelineFor(input.record, right);
    if (!timeline.statedByPolicy) return due;
    const promised = promisedBy(input.date, timeline);
    if (promised && promised < due.respondBy) return { ...due, policyPromise: { respondBy: promised, citation: timeline.citation } };
    if (promised && promised > due.respondBy) {
      warnings.push(
        `${input.record.serviceName}'s policy gives itself until ${promised} to answer, later than the law allows (${due.respondBy}); the letter states the legal date.`,
      );
    }
    return due;
  });
  return { dueDates, warnings };
}

export function latestDate(dates: readonly string[]): string {
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}
