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
    effect: "none",
    rule: "The pause for clarification applies to access requests only; for this right the clock keeps running while the controller asks what the request covers",
    citation: "UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025)",
    estimate: false,
  },
};

// DUAA 2025: the pause runs from the day the controller asks to the day it is answered, both days
// included, and only for access requests (compare DPA 2018 s. 54(3C), inserted by the same Act).
const access: DeadlineRule = {
  ...deadline,
  clarification: {
    effect: "pause",
    inclusive: true,
    rule: "Where the controller reasonably needs the request clarified, the days from the day it asks to the day it gets the answer, both included, do not count; they are added to the deadline",
    citation: "UK GDPR Art. 12A (inserted by the Data (Use and Access) Act 2025); compare DPA 2018 s. 54(3C)",
    estimate: false,
  },
};

export const ukGdpr: Regime = {
  id: "uk-gdpr",
  name: "UK General Data Protection Regulation and Data Protection Act 2018",
  shortLabel: "UK GDPR",
  appliesTo: ["GB"],
  defaultTimeZone: "Europe/London",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The date falls on a weekend or bank holiday, so the deadline is the next working day",
      citation: ICO,
      estimate: false,
    },
    holidays: {
      region: "GB-ENG",
      rule: "Bank holidays of England and Wales are assumed; choose GB-SCT or GB-NIR for a controller in Scotland or Northern Ireland",
      citation: `${ICO}; Banking and Financial Dealings Act 1971 Sch. 1`,
      estimate: false,
    },
  },
  rights: gdprRights("UK GDPR", deadline, {
    deadlines: { access },
    articles: { "automated-decision": "Arts. 22A–22D" },
    titles: {
      "automated-decision":
        "Safeguards for significant decisions based solely on automated processing: to be told, to make representations, to obtain human intervention and to contest the decision",
    },
  }),
  complaint: {
    rule: "Complain first to the organisation itself, which must acknowledge the complaint within 30 days and answer without undue delay; then, if you are not satisfied, to the Information Commissioner's Office",
    citation: "UK GDPR Art. 77; Data Protection Act 2018 ss. 164A, 165",
    firstToController: {
      rule: "Before complaining to the ICO, complain to the controller: it must give a way to complain (such as an online form), acknowledge the complaint within 30 days, and tell you the outcome without undue delay",
      citation: "Data Protection Act 2018 s. 164A",
      days: 30,
    },
    authorities: [{ location: "GB", name: "Information Commissioner's Office (ICO)", url: "https://ico.org.uk/make-a-complaint/" }],
  },
  sources: [
    { title: "ICO: Right of access — time limits", url: "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/" },
    { title: "UK GDPR (legislation.gov.uk)", url: "https://www.legislation.gov.uk/eur/2016/679/contents" },
    { title: "Data (Use and Access) Act 2025", url: "https://www.legislation.gov.uk/ukpga/2025/18/contents" },
  ],
};
