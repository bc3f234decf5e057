import type { DeadlineRule, Regime, RuleText } from "../types";

const noPause = (what: string): RuleText => ({
  rule: `Section 8 counts from receipt and names no pause while the organization ${what}; the product keeps counting (product's reading)`,
  citation: "PIPEDA s. 8(3)",
  estimate: true,
});

const access: DeadlineRule = {
  respond: {
    count: 30,
    unit: "calendar-days",
    rule: "Respond no later than 30 days after receipt; no answer in time is a deemed refusal (s. 8(5))",
    citation: "PIPEDA s. 8(3), 8(5)",
    estimate: false,
  },
  extension: {
    kind: "fixed",
    totalFromStart: { count: 60, unit: "calendar-days" },
    rule: "One extension of up to 30 more days (60 in all from receipt), with notice inside the first 30 days and of the right to complain",
    citation: "PIPEDA s. 8(4)",
    estimate: false,
  },
  identity: { effect: "none", ...noPause("checks identity") },
  clarification: { effect: "none", ...noPause("asks what the request covers") },
};

// Section 8 is written for access requests; corrections follow from the same principle 4.9.
const correction: DeadlineRule = {
  ...access,
  respond: {
    ...access.respond,
    rule: `${access.respond.rule}. The 30 days are written for access requests; the product applies them to corrections too (product's reading)`,
    estimate: true,
  },
};

export const pipeda: Regime = {
  id: "pipeda",
  name: "Personal Information Protection and Electronic Documents Act",
  shortLabel: "Canada (PIPEDA)",
  appliesTo: ["CA"],
  defaultTimeZone: "America/Toronto",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0],
      rule: "The time limit expires on a holiday, so the organization may answer on the next day that is not a holiday. Sunday is a holiday; Saturday is not",
      citation: "Interpretation Act (R.S.C. 1985, c. I-21) ss. 26, 35(1)",
      estimate: false,
    },
    holidays: {
      region: "CA",
      rule: "The holidays of the federal Interpretation Act s. 35 (New Year's Day, Good Friday, Easter Monday, Victoria Day, Canada Day, Labour Day, the National Day for Truth and Reconciliation, Thanksgiving, Remembrance Day, Christmas Day). Days a province or city appoints are not included (product's reading)",
      citation: "Interpretation Act (R.S.C. 1985, c. I-21) s. 35(1)-(2)",
      estimate: false,
    },
  },
  rights: [
    { right: "access", title: "Access to personal information", article: "PIPEDA s. 8; Schedule 1, Principle 4.9", deadline: access },
    { right: "correction", title: "Challenge accuracy and have information amended", article: "PIPEDA Schedule 1, Principle 4.9.5", deadline: correction },
  ],
  complaint: {
    rule: "Complain to the Office of the Privacy Commissioner of Canada. Quebec (choose it as your province), Alberta and British Columbia have their own private-sector laws and commissioners",
    citation: "PIPEDA s. 11",
    authorities: [{ location: "CA", name: "Office of the Privacy Commissioner of Canada", url: "https://www.priv.gc.ca" }],
  },
  sources: [{ title: "PIPEDA (Justice Laws)", url: "https://laws-lois.justice.gc.ca/eng/acts/P-8.6/" }],
};
