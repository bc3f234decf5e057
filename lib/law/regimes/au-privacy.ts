import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

const deadline = (app: string) =>
  calendarDaysDeadline({
    days: 30,
    rule: "Respond within a reasonable period after the request is made; the OAIC's guidelines say this should not normally exceed 30 calendar days (estimate: the law sets no number)",
    citation: `Privacy Act 1988 Sch. 1, ${app}; OAIC APP Guidelines ch. ${app.startsWith("APP 12") ? "12" : "13"}`,
    estimate: true,
    law: "The Privacy Act",
  });

const grant = (right: RightGrant["right"], title: string, app: string): RightGrant => ({
  right,
  title,
  article: `Privacy Act 1988 Sch. 1, ${app}`,
  deadline: deadline(app),
});

export const auPrivacy: Regime = {
  id: "au-privacy",
  name: "Privacy Act 1988 (Cth) and the Australian Privacy Principles",
  shortLabel: "Australia (Privacy Act)",
  appliesTo: ["AU"],
  defaultTimeZone: "Australia/Sydney",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The last day is a Saturday, Sunday or holiday, so it may be done on the next day that is none of these (product's reading: the 30 days are guidance, not a period set by an Act)",
      citation: "Acts Interpretation Act 1901 s. 36(2)",
      estimate: true,
    },
    holidays: {
      region: "AU",
      rule: "Australia's national public holidays are assumed; holidays of the controller's state or territory may add days (product's reading). Choose e.g. AU-NSW for a controller in Sydney",
      citation: "Acts Interpretation Act 1901 s. 2B (holiday)",
      estimate: true,
    },
  },
  rights: [grant("access", "Access to personal information", "APP 12.1, 12.4"), grant("correction", "Correction of personal information", "APP 13.1, 13.5")],
  complaint: {
    rule: "Complain in writing to the organisation first and give it 30 days to respond; then complain to the Office of the Australian Information Commissioner",
    citation: "Privacy Act 1988 ss. 36, 40(1A)",
    firstToController: {
      rule: "The Commissioner does not investigate a complaint that was not first made to the organisation, unless that was inappropriate; the OAIC asks you to allow it 30 days",
      citation: "Privacy Act 1988 s. 40(1A)",
      days: 30,
    },
    authorities: [
      { location: "AU", name: "Office of the Australian Information Commissioner (OAIC)", url: "https://www.oaic.gov.au/privacy/privacy-complaints" },
    ],
  },
  sources: [
    { title: "Privacy Act 1988 (Federal Register of Legislation)", url: "https://www.legislation.gov.au/C2004A03712/latest/text" },
    {
      title: "OAIC: Australian Privacy Principles guidelines",
      url: "https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines",
    },
  ],
};
