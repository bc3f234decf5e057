import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

const ACT = "Act respecting the protection of personal information in the private sector (CQLR c. P-39.1)";
const LAW = "P-39.1";

const deadline = calendarDaysDeadline({
  days: 30,
  rule: "Respond promptly and no later than 30 days after receipt; no answer in time is deemed a refusal",
  citation: `${LAW} s. 32`,
  estimate: false,
  law: "The Act",
});

const grant = (right: RightGrant["right"], title: string, section: string): RightGrant => ({ right, title, article: `${LAW} ${section}`, deadline });

export const caQc: Regime = {
  id: "ca-qc",
  name: `Quebec's Law 25: ${ACT}`,
  shortLabel: "Quebec (Law 25)",
  appliesTo: ["CA-QC"],
  defaultTimeZone: "America/Toronto",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0],
      rule: "The date falls on a holiday, so the thing may be done on the next day that is not a holiday. Sunday is a holiday; Saturday is not",
      citation: "Interpretation Act of Québec (CQLR c. I-16) ss. 52, 61(23)",
      estimate: false,
    },
    holidays: {
      region: "CA-QC",
      rule: "The holidays of the Québec Interpretation Act s. 61(23): New Year's Day, Good Friday, Easter Monday, National Patriots' Day, 24 June, Canada Day (2 July when 1 July is a Sunday), Labour Day, Thanksgiving, Christmas Day",
      citation: "Interpretation Act of Québec (CQLR c. I-16) s. 61(23)",
      estimate: false,
    },
  },
  effective: "2023-09-22",
  rights: [
    grant("access", "Right of access to personal information", "s. 27"),
    grant("portability", "Right to the information in a structured, commonly used technological format", "s. 27 para. 3"),
    grant("correction", "Right to have inaccurate, incomplete or equivocal information rectified", "s. 28"),
    grant("deletion", "Right to have information deleted where its collection was not authorised by law, or to have it de-indexed", "s. 28, s. 28.1"),
    grant(
      "automated-decision",
      "Right to be told of a decision based exclusively on automated processing and to submit observations to a person who can review it",
      "s. 12.1",
    ),
  ],
  complaint: {
    rule: "Apply to the Commission d'accès à l'information for the examination of the disagreement within 30 days of the refusal or of the end of the period to answer",
    citation: `${LAW} ss. 42, 43`,
    authorities: [{ location: "CA-QC", name: "Commission d'accès à l'information du Québec (CAI)", url: "https://www.cai.gouv.qc.ca" }],
  },
  sources: [
    { title: `${ACT} (LégisQuébec)`, url: "https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1" },
    { title: "Interpretation Act of Québec (LégisQuébec)", url: "https://www.legisquebec.gouv.qc.ca/en/document/cs/I-16" },
  ],
};
