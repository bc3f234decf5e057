import type { DeadlineEventType, DeadlineRule, Period, Regime, RightId } from "./types";

export const RIGHT_LABELS: Readonly<Record<RightId, string>> = {
  access: "Access (a copy of my data)",
  deletion: "Deletion",
  portability: "Portability (data in a reusable format)",
  correction: "Correction",
  restriction: "Restriction of processing",
  objection: "Objection to processing",
  "opt-out-sale": "Opt out of sale, sharing or targeted ads",
  "limit-sensitive": "Limit use of sensitive data",
  "automated-decision": "Automated decisions and profiling",
  appeal: "Appeal of a refusal",
};

export const EVENT_TYPE_LABELS: Readonly<Record<DeadlineEventType, string>> = {
  "extension-claimed": "The organisation claimed an extension",
  "clarification-requested": "It asked me to clarify the request",
  "clarification-received": "It received my clarification",
  "identity-requested": "It asked me for identity proof",
  "identity-received": "It received my identity proof",
};

export function describePeriod(period: Period): string {
  const unit = { months: "month", "calendar-days": "calendar day", "business-days": "business day" }[period.unit];
  return `${period.count} ${unit}${period.count === 1 ? "" : "s"}`;
}

/** One line for tables: "1 month, rolled forward; extension to 3 months from the start". */
export function summarizeDeadline(rule: DeadlineRule, regime: Regime): string {
  const parts = [describePeriod(rule.respond)];
  const nonWorkingEnd = rule.respond.nonWorkingEnd ?? regime.counting.nonWorkingEnd;
  if (rule.respond.unit !== "business-days" && nonWorkingEnd.rollForward) {
    parts[0] += (nonWorkingEnd.restDays ?? [0, 6]).includes(6) ? ", moved off weekends and holidays" : ", moved off Sundays and holidays";
  }
  const { extension } = rule;
  if (extension?.kind === "fixed") parts.push(`extension to ${describePeriod(extension.totalFromStart)} from the start`);
  if (extension?.kind === "open-ended") parts.push("postponement with notice, no fixed limit");
  if (rule.acknowledge) parts.push(`confirm receipt within ${describePeriod(rule.acknowledge)}`);
  return parts.join("; ");
}

export function isEstimateRule(rule: DeadlineRule): boolean {
  return [rule.acknowledge, rule.respond, rule.extension].some((part) => part?.estimate);
}

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" });

/** "Wednesday 30 April 2025": formatted in UTC because the ISO date already is the local calendar day. */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
