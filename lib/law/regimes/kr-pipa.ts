import type { Regime, RightGrant } from "../types";
import { calendarDaysDeadline } from "./simple-deadline";

const DECREE = "PIPA Enforcement Decree";

const within10 = (citation: string, extensible: boolean) =>
  calendarDaysDeadline({
    days: 10,
    rule: "Act on the request within 10 days of receiving it",
    citation,
    estimate: false,
    law: "The PIPA",
    ...(extensible
      ? {
          extension: {
            kind: "open-ended" as const,
            rule: "The controller may postpone access for a justifiable reason with notice of the reason, and must give access without delay once the reason is gone; the law sets no outer limit",
            citation: `PIPA Art. 35(3); ${DECREE} Art. 41(4)`,
            estimate: false,
          },
        }
      : {}),
  });

const grant = (right: RightGrant["right"], title: string, article: string, citation: string, extensible = false): RightGrant => ({
  right,
  title,
  article: `PIPA ${article}`,
  deadline: within10(citation, extensible),
});

export const krPipa: Regime = {
  id: "kr-pipa",
  name: "Personal Information Protection Act (Republic of Korea)",
  shortLabel: "South Korea (PIPA)",
  appliesTo: ["KR"],
  defaultTimeZone: "Asia/Seoul",
  counting: {
    nonWorkingEnd: {
      rollForward: true,
      restDays: [0, 6],
      rule: "The last day of the period is a Saturday or a public holiday, so the period ends on the next day",
      citation: "Civil Act Arts. 157, 161",
      estimate: false,
    },
    holidays: {
      region: "KR",
      rule: "Korea's public holidays: the three days of Seollal and of Chuseok, and a substitute day where a holiday meets a weekend or another holiday. Election days and holidays declared one by one are not included (unverified)",
      citation: "Regulations on Holidays of Government Offices Arts. 2, 3",
      estimate: true,
    },
  },
  rights: [
    grant("access", "Right to access personal information", "Art. 35", `PIPA Art. 35(3); ${DECREE} Art. 41(4)`, true),
    grant("correction", "Right to correct personal information", "Art. 36", `PIPA Art. 36(2); ${DECREE} Art. 43(3)`),
    grant("deletion", "Right to erase personal information", "Art. 36", `PIPA Art. 36(2); ${DECREE} Art. 43(3)`),
    grant("restriction", "Right to demand suspension of processing", "Art. 37", `PIPA Art. 37(2); ${DECREE} Art. 44(2)`),
    grant("objection", "Right to withdraw consent to processing", "Art. 37(1)", `PIPA Art. 37(2); ${DECREE} Art. 44(2)`),
  ],
  complaint: {
    rule: "Report an infringement to the Personal Information Protection Commission's report centre, or apply to the Personal Information Dispute Mediation Committee",
    citation: "PIPA Arts. 40, 62",
    authorities: [
      { location: "KR", name: "Personal Information Protection Commission (PIPC)", url: "https://www.pipc.go.kr/eng/" },
      { location: "KR", name: "Personal Information Infringement Report Center (KISA, on behalf of the PIPC)", url: "https://privacy.kisa.or.kr" },
    ],
  },
  sources: [{ title: "PIPA (Korea Law Translation Center)", url: "https://elaw.klri.re.kr/eng_service/lawView.do?hseq=53044&lang=ENG" }],
};
