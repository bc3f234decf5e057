import type { DeadlineRule, PeriodRule, Regime, RightGrant, RuleText } from "../types";

const CIV = "Cal. Civ. Code";

const businessDaysReading = "'Business day' is not defined in the regulations: the product skips weekends and California state holidays (product's reading)";

const countedInBusinessDays: NonNullable<PeriodRule["nonWorkingEnd"]> = {
  rollForward: false,
  rule: "Counted in business days, so it always ends on a business day",
  citation: "11 CCR §7021(a)",
  estimate: false,
};

const noPauseForClarification: RuleText = {
  rule: "No rule stops the 45 days while the business asks what the request covers; the product keeps counting (product's reading)",
  citation: "11 CCR §7021(b)",
  estimate: true,
};

const knowDeleteCorrect: DeadlineRule = {
  acknowledge: {
    count: 10,
    unit: "business-days",
    rule: `Confirm receipt within 10 business days. ${businessDaysReading}`,
    citation: "11 CCR §7021(a)",
    estimate: true,
    nonWorkingEnd: countedInBusinessDays,
  },
  respond: {
    count: 45,
    unit: "calendar-days",
    rule: "Respond within 45 calendar days of receipt, counted from the day after receipt",
    citation: `${CIV} §1798.130(a)(2)(A); 11 CCR §7021(b)`,
    estimate: false,
  },
  extension: {
    kind: "fixed",
    totalFromStart: { count: 90, unit: "calendar-days" },
    rule: "One extension of 45 more days (90 in all from receipt) when reasonably necessary, with notice and reasons inside the first 45 days",
    citation: `${CIV} §1798.130(a)(2)(A); 11 CCR §7021(b)`,
    estimate: false,
  },
  identity: {
    effect: "none",
    rule: "The 45 days run from receipt however long verification takes",
    citation: "11 CCR §7021(b)",
    estimate: false,
  },
  clarification: { effect: "none", ...noPauseForClarification },
};

function optOutDeadline(section: string): DeadlineRule {
  return {
    respond: {
      count: 15,
      unit: "business-days",
      rule: `Comply no later than 15 business days from receipt. ${businessDaysReading}`,
      citation: `11 CCR ${section}`,
      estimate: true,
      nonWorkingEnd: { ...countedInBusinessDays, citation: `11 CCR ${section}` },
    },
    identity: {
      effect: "none",
      rule: "The business may not require verification for this request, so identity checks do not move the date",
      citation: `11 CCR ${section}`,
      estimate: false,
    },
    clarification: { effect: "none", ...noPauseForClarification, citation: `11 CCR ${section}` },
  };
}

const rights: RightGrant[] = [
  { right: "access", title: "Right to know", article: `${CIV} §1798.100, §1798.110, §1798.115`, deadline: knowDeleteCorrect },
  // §1798.105(a): the right reaches personal information "which the business has collected from the consumer".
  { right: "deletion", title: "Right to delete", article: `${CIV} §1798.105`, deadline: knowDeleteCorrect, dataScope: "collected-from-consumer" },
  { right: "correction", title: "Right to correct", article: `${CIV} §1798.106`, deadline: knowDeleteCorrect },
  { right: "opt-out-sale", title: "Right to opt out of sale or sharing", article: `${CIV} §1798.120`, deadline: optOutDeadline("§7026(f)") },
  {
    right: "limit-sensitive",
    title: "Right to limit use and disclosure of sensitive personal information",
    article: `${CIV} §1798.121`,
    deadline: optOutDeadline("§7027(g)"),
  },
];

export const ccpa: Regime = {
  id: "ccpa",
  name: "California Consumer Privacy Act, as amended by the CPRA",
  shortLabel: "California (CCPA)",
  appliesTo: ["US-CA"],
  defaultTimeZone: "America/Los_Angeles",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0],
      rule: "The last day is a holiday, so it is excluded and the period ends on the next day that is not a holiday. Every Sunday is a holiday; a Saturday is a business day",
      citation: `${CIV} §§7, 9, 10, 12`,
      estimate: false,
    },
    holidays: {
      region: "US-CA",
      rule: "California's holidays are those of Government Code §6700 (with §6701's Mondays for a holiday on a Sunday), not the state-employee days off: Lincoln Day, Admission Day, Native American Day and Columbus Day count, the day after Thanksgiving does not. The newest holidays' first years are the product's reading",
      citation: `${CIV} §7; Cal. Gov. Code §§6700, 6701`,
      estimate: false,
    },
  },
  rights,
  complaint: {
    rule: "Complain to the California Privacy Protection Agency, which takes sworn complaints, or report to the Attorney General",
    citation: `${CIV} §1798.199.45 (complaints to the Agency); §1798.199.90 (Attorney General)`,
    authorities: [
      { location: "US-CA", name: "California Privacy Protection Agency (CPPA)", url: "https://cppa.ca.gov" },
      { location: "US-CA", name: "California Attorney General", url: "https://oag.ca.gov/privacy" },
    ],
  },
  sources: [
    { title: "CCPA regulations (CPPA)", url: "https://cppa.ca.gov/regulations/" },
    {
      title: "California Civil Code §1798.100 ff.",
      url: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=CIV&division=3.&part=4.&title=1.81.5",
    },
  ],
};
