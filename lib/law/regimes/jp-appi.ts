import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

const deadline = calendarDaysDeadline({
  days: 14,
  rule: "Disclose, correct or stop without delay (the Act sets no number of days). Two weeks after the request reaches the business, the requester may sue (Art. 39(1)); the product shows that day as the date to expect an answer (estimate)",
  citation: "APPI Arts. 33(2), 34(2), 35(3), 39(1); Civil Code Art. 140",
  estimate: true,
  law: "The APPI",
});

const grant = (right: RightGrant["right"], title: string, article: string): RightGrant => ({ right, title, article: `APPI ${article}`, deadline });

export const jpAppi: Regime = {
  id: "jp-appi",
  name: "Act on the Protection of Personal Information (Act No. 57 of 2003, as amended)",
  shortLabel: "Japan (APPI)",
  appliesTo: ["JP"],
  defaultTimeZone: "Asia/Tokyo",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The period ends on a Sunday, a national holiday or another day on which business is customarily not done, so it ends on the next such working day. The product counts Saturday as such a day (product's reading)",
      citation: "Civil Code Art. 142",
      estimate: true,
    },
    holidays: {
      region: "JP",
      rule: "Japan's national holidays, including substitute holidays and the citizens' holiday between two holidays",
      citation: "Act on National Holidays (Act No. 178 of 1948) Arts. 2, 3",
      estimate: false,
    },
  },
  rights: [
    grant("access", "Request for disclosure of retained personal data, including records of provision to third parties", "Art. 33"),
    grant("correction", "Request for correction, addition or deletion of inaccurate retained personal data", "Art. 34"),
    grant(
      "deletion",
      "Request to stop using or to erase retained personal data (where handled unlawfully, no longer needed, or its handling may harm the person's rights)",
      "Art. 35(1), (5)",
    ),
    grant("objection", "Request to stop providing retained personal data to third parties", "Art. 35(3), (5)"),
  ],
  complaint: {
    rule: "Complain first to the business, which must deal with complaints appropriately and promptly; then consult the Personal Information Protection Commission",
    citation: "APPI Arts. 40, 131",
    firstToController: {
      rule: "The business must deal appropriately and promptly with complaints about its handling of personal information",
      citation: "APPI Art. 40(1)",
    },
    authorities: [{ location: "JP", name: "Personal Information Protection Commission (PPC)", url: "https://www.ppc.go.jp/en/" }],
  },
  sources: [{ title: "APPI (Japanese Law Translation)", url: "https://www.japaneselawtranslation.go.jp/en/laws/view/4241/en" }],
};
