import type { DeadlineRule, RightId } from "./types";

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

export function isEstimateRule(rule: DeadlineRule): boolean {
  return [rule.acknowledge, rule.respond, rule.extension].some((part) => part?.estimate);
}

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" });

/** "Wednesday 30 April 2025": formatted in UTC because the ISO date already is the local calendar day. */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
