import type { DeadlineRule, Regime } from "../types";
import { gdprRights } from "./gdpr-rights";

const ICO = "ICO guidance on time limits for responding to requests (updated Dec 2025)";

const deadline: DeadlineRule = {
  respond: {
    count: 1,
    unit: "months",
    rule: "Respond without undue delay and within one month, counted from the day of receipt (working day or not) to the corresponding calendar date in the next month",
    citation: `UK GDPR Art. 12(3), Art. 12A; ${ICO}`,
    estimate: false,
    monthEnd: {
      rule: "There is no corresponding date in the next month, so the deadline is the last day of that month",
      citation: ICO,
      estimate: false,
    },
    nonWorkingEnd: {
      rollForward: true,
      rule: "The date falls on a weekend or bank holiday, so the deadline is the next working day",
      citation: ICO,
      estimate: false,
    },
  },
  extension: {
    kind: "fixed",
    totalFromStart: { count: 3, unit: "months" },
    rule: "May be extended by two further months for complex or numerous requests, with notice and reasons inside the first month: three months from the start, never from the first deadline",
    citation: `UK GDPR Art. 12(3), Art. 12A; ${ICO}`,
    estimate: false,
  },
  identity: {
    effect: "restart",
    rule: "Where identity proof was reasonably asked for (Art. 12(6)), the clock starts on the day it is received",
    citation: `UK GDPR Art. 12A; ${ICO}`,
    estimate: false,
  },
  clarification: {
    effect: "pause",
    rule: "Where the controller genuinely needs clarification, the clock stops from the day it asks until the day it gets the answer; those days are added to the deadline",
    citation: "UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025)",
    estimate: false,
  },
};

export const ukGdpr: Regime = {
  id: "uk-gdpr",
  name: "UK General Data Protection Regulation and Data Protection Act 2018",
  shortLabel: "UK GDPR",
  appliesTo: ["GB"],
  defaultTimeZone: "Europe/London",
  defaultHolidayRegion: "GB-ENG",
  defaultHolidayRegionNote: {
    rule: "Bank holidays of England and Wales are assumed; choose GB-SCT or GB-NIR for a controller in Scotland or Northern Ireland",
    citation: ICO,
    estimate: false,
  },
  rights: gdprRights("UK GDPR", deadline),
  complaint: {
    rule: "Complain to the Information Commissioner's Office; it expects you to raise the complaint with the organisation first",
    citation: "UK GDPR Art. 77; Data Protection Act 2018 s. 165",
    authorities: [{ location: "GB", name: "Information Commissioner's Office (ICO)", url: "https://ico.org.uk/make-a-complaint/" }],
  },
  sources: [
    { title: "ICO: Right of access — time limits", url: "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/" },
    { title: "UK GDPR (legislation.gov.uk)", url: "https://www.legislation.gov.uk/eur/2016/679/contents" },
    { title: "Data (Use and Access) Act 2025", url: "https://www.legislation.gov.uk/ukpga/2025/18/contents" },
  ],
};
