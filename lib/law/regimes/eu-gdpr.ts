import type { DeadlineRule, Regime } from "../types";
import { EEA_AUTHORITIES, EEA_COUNTRIES } from "./eu-authorities";
import { gdprRights } from "./gdpr-rights";

const PERIODS = "Reg. (EEC, Euratom) No 1182/71";

const deadline: DeadlineRule = {
  respond: {
    count: 1,
    unit: "months",
    rule: "Respond without undue delay and at the latest within one month of receipt: the period ends on the same date in the next month",
    citation: `GDPR Art. 12(3); ${PERIODS} Art. 3(2)(c)`,
    estimate: false,
    monthEnd: {
      rule: "That date does not exist in the last month, so the period ends on the last day of that month",
      citation: `${PERIODS} Art. 3(2)(c)`,
      estimate: false,
    },
  },
  extension: {
    kind: "fixed",
    totalFromStart: { count: 3, unit: "months" },
    rule: "May be extended by two further months where necessary, with notice and reasons inside the first month: three months from the start, counted the same way, never from the first deadline",
    citation: `GDPR Art. 12(3); ${PERIODS} Art. 3`,
    estimate: false,
  },
  identity: {
    effect: "none",
    rule: "Art. 12(3) counts from receipt and names no pause while the controller checks identity (Art. 12(6)); the product keeps the clock running. This is the product's reading, not settled law",
    citation: "GDPR Art. 12(3), 12(6)",
    estimate: true,
  },
  clarification: {
    effect: "none",
    rule: "The GDPR names no pause while the controller asks what the request covers; the product keeps the clock running. This is the product's reading, not settled law",
    citation: "GDPR Art. 12(3)",
    estimate: true,
  },
};

export const euGdpr: Regime = {
  id: "eu-gdpr",
  name: "General Data Protection Regulation (EU) 2016/679",
  shortLabel: "EU/EEA GDPR",
  appliesTo: EEA_COUNTRIES,
  defaultTimeZone: "Europe/Dublin",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The last day is a Saturday, Sunday or public holiday, so the period ends at the end of the next working day",
      citation: `${PERIODS} Art. 3(4)`,
      estimate: false,
    },
    holidays: {
      region: "IE",
      rule: "The controller's country was not given, so Irish public holidays are assumed (many large services are established in Ireland). Public holidays are those of the member state where the controller must act; choose its country for an exact date",
      citation: `${PERIODS} Art. 2(1)`,
      estimate: true,
    },
  },
  rights: gdprRights("GDPR", deadline),
  complaint: {
    rule: "Complain to the supervisory authority of the country where you live or work or where the infringement took place, or to the lead authority of the controller's main establishment in the EU",
    citation: "GDPR Art. 77(1), Art. 56",
    authorities: EEA_AUTHORITIES,
  },
  sources: [
    { title: "GDPR (EUR-Lex)", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
    { title: "Regulation 1182/71 on periods, dates and time limits (EUR-Lex)", url: "https://eur-lex.europa.eu/eli/reg/1971/1182/oj" },
  ],
};
