import { englishCitations } from "./citations";
import { rightsEn } from "./en-rights";
import { NEW_LAW_NAMES, NEW_LAW_PHRASES_EN } from "./law-names";
import type { CompleteTemplate } from "./types";

export const en: CompleteTemplate = {
  language: "en",
  locale: "en-GB",
  citations: englishCitations,
  lawName: {
    "eu-gdpr": "GDPR",
    "uk-gdpr": "UK GDPR",
    ccpa: "CCPA",
    "us-va": "VCDPA",
    "us-co": "CPA",
    "us-ct": "CTDPA",
    "us-ut": "UCPA",
    "us-tx": "TDPSA",
    "us-or": "OCPA",
    "us-ia": "ICDPA",
    pipeda: "PIPEDA",
    lgpd: "LGPD",
    "ch-fadp": "FADP",
    ...NEW_LAW_NAMES,
  },
  lawPhrase: {
    "eu-gdpr": "the General Data Protection Regulation (GDPR)",
    "uk-gdpr": "the UK GDPR and the Data Protection Act 2018",
    ccpa: "the California Consumer Privacy Act (CCPA), as amended by the CPRA",
    "us-va": "the Virginia Consumer Data Protection Act",
    "us-co": "the Colorado Privacy Act",
    "us-ct": "the Connecticut Data Privacy Act",
    "us-ut": "the Utah Consumer Privacy Act",
    "us-tx": "the Texas Data Privacy and Security Act",
    "us-or": "the Oregon Consumer Privacy Act",
    "us-ia": "the Iowa Consumer Data Protection Act",
    pipeda: "the Personal Information Protection and Electronic Documents Act (PIPEDA)",
    lgpd: "Brazil's General Data Protection Law (LGPD)",
    "ch-fadp": "the Swiss Federal Act on Data Protection (FADP)",
    ...NEW_LAW_PHRASES_EN,
  },
  heading: (title, article) => `${title} under ${article}`,
  salutation: "Dear Sir or Madam,",
  intro: {
    gdpr: (law) => `I am writing to exercise my rights as a data subject under ${law}.`,
    ccpa: (law) => `I live in California and am writing to exercise my rights as a consumer under ${law}.`,
    other: (law) => `I am writing to exercise my rights under ${law}.`,
  },
  policyAcknowledges: (quote, date) => `Your own privacy policy${date ? ` (version of ${date})` : ""} says so itself: "${quote}"`,
  identification: {
    lead: "To find my data, please use:",
    accountEmail: "Email address of my account",
    username: (service) => `${service} username`,
    postalAddress: "Postal address",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "As your privacy policy asks, I am sending this request from the email address of my account and give my username."
        : fromAccount
          ? "As your privacy policy asks, I am sending this request from the email address of my account."
          : "As your privacy policy asks, I give my username.",
  },
  rights: rightsEn,
  deadline: {
    single: (date, citation) => `Please respond without undue delay and at the latest by ${date} (${citation}).`,
    several: "Please respond without undue delay and at the latest by these dates:",
    item: (heading, date, citation) => `– ${heading}: at the latest by ${date} (${citation})`,
    estimate:
      "I have calculated the dates in this letter from the periods the law sets; where they differ from the legal deadlines, the legal deadlines apply.",
    acknowledge: (date, citation) => `Please confirm receipt of this request by ${date} (${citation}).`,
    policyPromise: (period, quote, date) => `Your privacy policy promises an answer within ${period} ("${quote}"), so I expect your answer by ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} day${days === 1 ? "" : "s"}` : `${months} month${months === 1 ? "" : "s"}`),
  },
  closing: {
    gdpr: (law) => [
      `Dealing with this request must be free of charge for me (Art. 12(5) ${law}). I have given above the details you need to find my data; please ask for further information to confirm my identity only if you have reasonable doubts about it (Art. 12(6) ${law}).`,
    ],
    ccpa: () => [
      "Please respond free of charge (Cal. Civ. Code §1798.130(a)(2)). I have given above the details you need to match this request to me; please ask only for what you reasonably need to verify it (11 CCR §7060).",
    ],
    other: () => ["Please answer free of charge, and ask for further identification only if you reasonably need it to find my data."],
  },
  complaint: (authority, citation) =>
    `If I have not received a complete answer by then, I reserve the right to lodge a complaint with the competent supervisory authority (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Please note what the law provides: ${note}.`,
  complaintFirst: (citation) =>
    `If I have not received a complete answer by then, please treat this letter as notice that I will first complain to you about the handling of my request (${citation}), and then, if necessary, to the authority.`,
  noStatute: {
    intro:
      "As far as I know, no data protection law where I live gives me a statutory right to this, so no statutory deadline backs the date below. I am relying on the commitments you publish in your privacy policy, and I ask for an answer within 30 days.",
    complaint:
      "If I have not received an answer by then, I will take the matter up with a consumer-protection body and tell others how you handled this request.",
  },
  signOff: "Yours faithfully,",
  attentionLabel: "Attn:",
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
};
