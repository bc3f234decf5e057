import type { DeadlineRule, ExtensionRule, RuleText } from "../types";

/** A period of calendar days with no pause for identity checks or clarification, as most laws outside Europe set. */
export function calendarDaysDeadline(input: {
  days: number;
  rule: string;
  citation: string;
  estimate: boolean;
  extension?: ExtensionRule;
  law: string;
}): DeadlineRule {
  const noPause = (what: string): RuleText => ({
    rule: `${input.law} names no pause while the organisation ${what}; the product keeps counting (product's reading)`,
    citation: input.citation,
    estimate: true,
  });
  return {
    respond: { count: input.days, unit: "calendar-days", rule: input.rule, citation: input.citation, estimate: input.estimate },
    ...(input.extension ? { extension: input.extension } : {}),
    identity: { effect: "none", ...noPause("checks identity") },
    clarification: { effect: "none", ...noPause("asks what the request covers") },
  };
}
