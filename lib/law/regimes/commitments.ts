import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

// Where no modelled law protects the requester and the controller is not established in the EU/EEA
// or the UK, the letter still asks: under the service's own published commitments.
const deadline = calendarDaysDeadline({
  days: 30,
  rule: "No statute sets a deadline here: the letter asks for an answer within 30 days, a request the service is not legally bound to meet (product's reading)",
  citation: "The service's own privacy policy",
  estimate: true,
  law: "No statute",
});

const grant = (right: RightGrant["right"], title: string): RightGrant => ({
  right,
  title,
  article: "the commitments in your privacy policy",
  deadline,
});

export const commitments: Regime = {
  id: "commitments",
  name: "No privacy law that RightsDesk knows: the service's own published commitments",
  shortLabel: "No statutory right (the service's own commitments)",
  appliesTo: [],
  statutory: false,
  defaultTimeZone: "UTC",
  counting: {
    nonWorkingEnd: {
      rollForward: false,
      rule: "No statute counts this period, so nothing moves it off a weekend or holiday (product's reading)",
      citation: "The service's own privacy policy",
      estimate: true,
    },
    holidays: {
      region: "US",
      rule: "Holidays are not used: nothing moves the date (product's reading)",
      citation: "The service's own privacy policy",
      estimate: true,
    },
  },
  rights: [
    grant("access", "A copy of the personal data you hold about me"),
    grant("deletion", "Deletion of my personal data"),
    grant("correction", "Correction of inaccurate personal data"),
    grant("portability", "My data in a machine-readable format"),
    grant("objection", "Stopping the use of my data for a purpose I object to"),
  ],
  complaint: {
    rule: "No data protection authority has power over this request. A consumer-protection body where you live, or econsumer.gov for a company abroad, may take a complaint that the service did not keep its own promises",
    citation: "The service's own privacy policy",
    authorities: [{ location: "ZZ", name: "econsumer.gov (International Consumer Protection and Enforcement Network)", url: "https://econsumer.gov" }],
  },
  sources: [],
};
