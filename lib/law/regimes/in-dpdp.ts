import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

// The rights of ss. 11-14 come into force 18 months after the DPDP Rules were notified on
// 13 November 2025 (Rules 3, 5-16, 22-23 and the matching sections): the product reads that as 13 May 2027.
const IN_FORCE = "2027-05-13";

const deadline = calendarDaysDeadline({
  days: 90,
  rule: "Respond within the period the Rules set for grievances: a reasonable period not exceeding 90 days. The Act sets no separate period for the rights themselves, so the product applies the 90 days (estimate)",
  citation: "DPDP Act 2023 s. 13(2); DPDP Rules 2025 r. 14(3)",
  estimate: true,
  law: "The DPDP Act",
});

const grant = (right: RightGrant["right"], title: string, section: string): RightGrant => ({
  right,
  title,
  article: `DPDP Act 2023 ${section}`,
  deadline,
  inForceFrom: IN_FORCE,
});

export const inDpdp: Regime = {
  id: "in-dpdp",
  name: "Digital Personal Data Protection Act, 2023 (India) and DPDP Rules, 2025",
  shortLabel: "India (DPDP Act)",
  appliesTo: ["IN"],
  defaultTimeZone: "Asia/Kolkata",
  inForceFrom: IN_FORCE,
  counting: {
    nonWorkingEnd: {
      rollForward: false,
      rule: "The General Clauses Act moves only acts to be done in a court or office that is closed on the last day; a reply to a Data Principal is not one, so the date stays (product's reading)",
      citation: "General Clauses Act 1897 ss. 9, 10",
      estimate: true,
    },
    holidays: {
      region: "IN",
      rule: "India's national holidays, shown only to point out a deadline that falls on one (product's reading: nothing moves the date)",
      citation: "Negotiable Instruments Act 1881 s. 25 (public holidays)",
      estimate: true,
    },
  },
  rights: [
    grant(
      "access",
      "Right to access information about personal data: a summary of the data and processing, and the identities of the fiduciaries and processors it was shared with",
      "s. 11",
    ),
    grant("correction", "Right to correction, completion and updating of personal data", "s. 12(1)-(2)"),
    grant("deletion", "Right to erasure of personal data", "s. 12(1), (3)"),
  ],
  complaint: {
    rule: "Use the Data Fiduciary's grievance redressal first; only then complain to the Data Protection Board of India",
    citation: "DPDP Act 2023 ss. 13(3), 27",
    firstToController: {
      rule: "A Data Principal must exhaust the Data Fiduciary's grievance redressal before approaching the Board",
      citation: "DPDP Act 2023 s. 13(3); DPDP Rules 2025 r. 14(3)",
      days: 90,
    },
    authorities: [{ location: "IN", name: "Data Protection Board of India", url: "https://www.meity.gov.in/data-protection-framework" }],
  },
  sources: [{ title: "DPDP Act 2023 and DPDP Rules 2025 (MeitY)", url: "https://www.meity.gov.in/data-protection-framework" }],
};
