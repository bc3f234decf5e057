import { citer } from "../cite";
import type { RightId, ServiceRecord } from "../types";

const DOC = "netflix-2024-04-17";
const cite = citer(DOC);

const GETMYINFO = "https://www.netflix.com/account/getmyinfo";
const accessRight = cite(
  "You have a right to confirm whether we process your personal information and to access and receive a copy of the personal information we process about you.",
);
const correctDelete = cite(
  "You may also correct or update out-of-date or inaccurate personal information or request that we delete personal information that we hold about you.",
);
const objectRestrict = cite("You can object to or request that we restrict processing of your personal information.");
const getMyInfo = cite(
  "To request a copy of your personal information, please visit [netflix.com/account/getmyinfo](https://www.netflix.com/account/getmyinfo).",
);
const downloadCopy = cite(
  "If you are the account owner, to download a copy of your personal information go to: [netflix.com/account/getmyinfo](https://www.netflix.com/account/getmyinfo).",
);
const exerciseRights = cite(
  "If you want to exercise any of your rights, or have a question regarding our privacy practices, please contact our Data Protection Officer/Privacy Office at [privacy@netflix.com](mailto:privacy@netflix.com).",
);
const verified = cite("You can exercise the rights described above when we receive a verified request in accordance with applicable law.");
const SECTION_B = 'Section B "Your Privacy Rights", offered to all users subject to applicable law.';

function helpPage(label: string, quote: string, url: string, rights: RightId[], occurrence?: number) {
  return { label, url, rights, citation: cite(quote, occurrence) };
}

export const netflix2024: ServiceRecord = {
  serviceSlug: "netflix",
  serviceName: "Netflix",
  versionId: "2024-04-17",
  versionLabel: "Last updated 17 April 2024",
  documentId: DOC,
  effectiveDate: { date: "2024-04-17", kind: "last-updated", citation: cite("**Last Updated:** April 17, 2024") },
  legalEntity: {
    name: null,
    url: "https://help.netflix.com/legal/corpinfo",
    citation: cite(
      "Information about the specific Netflix entity (or entities) that are responsible for your personal information (known as the “data controller” in certain countries) is available at [netflix.com/legal/corpinfo](https://help.netflix.com/legal/corpinfo).",
    ),
    note: "The statement names no entity; the data controller depends on your country and is listed on that page.",
  },
  postalAddress: null,
  channels: [
    {
      kind: "email",
      address: "privacy@netflix.com",
      purposes: ["privacy-requests", "privacy-questions"],
      label: "Data Protection Officer/Privacy Office",
      provenance: { kind: "shown" },
      citation: exerciseRights,
    },
    {
      kind: "email",
      address: "privacy@netflix.com",
      purposes: ["privacy-questions"],
      label: "Data Protection Officer/Privacy Office",
      provenance: { kind: "shown" },
      citation: cite(
        "For questions about this Privacy Statement, our use of your personal information, or how to exercise [your privacy rights](#rightsandcontrols), please contact our Data Protection Officer/Privacy Office at [privacy@netflix.com](mailto:privacy@netflix.com).",
      ),
    },
    {
      kind: "web",
      url: "https://help.netflix.com/",
      purposes: ["customer-service"],
      citation: cite(
        "For general questions about the Netflix service, your account, or how to contact customer service, please visit [help.netflix.com](https://help.netflix.com/).",
      ),
    },
  ],
  selfService: [
    { label: "Get my info (request a copy)", url: GETMYINFO, rights: ["access"], citation: getMyInfo },
    { label: "Get my info (download a copy)", url: GETMYINFO, rights: ["access", "portability"], citation: downloadCopy },
    {
      label: '"Account" section of the website',
      url: null,
      rights: ["access", "correction"],
      citation: cite(
        'In addition, under the "Account" section of our website, you can access and update information about your account, including your contact information, payment information, and various related information about your account.',
      ),
    },
    helpPage(
      "Help: deletion, removal and retention",
      "For information about deletion, removal, and retention of personal information, please see: [help.netflix.com/node/100625](https://help.netflix.com/node/100625).",
      "https://help.netflix.com/node/100625",
      ["deletion"],
      0, // the retention section repeats this sentence
    ),
    helpPage(
      "Help: portability and downloading a copy",
      "For more information, please see: [help.netflix.com/node/100624](https://help.netflix.com/node/100624).",
      "https://help.netflix.com/node/100624",
      ["portability"],
    ),
    helpPage(
      "Help: objection, restriction and withdrawal of consent",
      "For more information, please see [help.netflix.com/node/100637](https://help.netflix.com/node/100637).",
      "https://help.netflix.com/node/100637",
      ["objection", "restriction"],
    ),
  ],
  settings: [
    {
      label: "Notification settings (Account)",
      url: null,
      rights: ["objection"],
      note: "Objecting to marketing by email and text message.",
      citation: cite("please access the “Notification settings” option for the relevant profile within the “Account” section of our website."),
    },
    {
      label: "Privacy and data settings → Behavioral Advertising (Account)",
      url: null,
      rights: [],
      citation: cite(
        "you can indicate your choices by changing the “Behavioral Advertising” setting located in the “Privacy and data settings” menu (for the relevant profile) of the “Account” section of our website.",
      ),
    },
    {
      label: "Privacy and data settings → Demographic Advertising (Account, EEA/UK)",
      url: null,
      rights: ["objection"],
      citation: cite(
        "If you are from the EEA/UK, you may opt out of this use of demographic information by Netflix to select Advertisements by going to the “Privacy and data settings” → “Demographic Advertising” setting within the “Account” section of our website.",
      ),
    },
    {
      label: "Sign out of all devices (Account)",
      url: null,
      rights: [],
      citation: cite("visit the “Account” section of our website, locate the “Sign out of all devices” option"),
    },
  ],
  rights: [
    { right: "access", regimes: [], via: "request", citation: accessRight, note: `${SECTION_B} A copy is available at netflix.com/account/getmyinfo.` },
    { right: "correction", regimes: [], via: "request", citation: correctDelete, note: SECTION_B },
    { right: "deletion", regimes: [], via: "request", citation: correctDelete, note: SECTION_B },
    {
      right: "portability",
      regimes: [],
      via: "self-service",
      citation: cite("You can request portability of or download a copy of your personal information."),
      note: SECTION_B,
    },
    { right: "objection", regimes: [], via: "request", citation: objectRestrict, note: SECTION_B },
    { right: "restriction", regimes: [], via: "request", citation: objectRestrict, note: SECTION_B },
    {
      right: "automated-decision",
      regimes: [],
      via: "unspecified",
      citation: cite(
        "You may have a right not to be subject to a decision made solely using automated means, where such decision would have a legal effect on you or produce a similarly significant effect.",
      ),
      note: 'Worded as a right you "may have", depending on the law that applies to you.',
    },
  ],
  otherRights: [
    {
      label: "Withdrawal of consent",
      regimes: [],
      citation: cite("If we have collected and are processing your personal information with your consent, then you can withdraw your consent at any time."),
    },
    {
      label: "Right to complain to a data protection authority",
      regimes: [],
      citation: cite(
        "You have the right to complain to a data protection authority about our processing of your personal information but we encourage you to first contact us with any questions or concerns.",
      ),
    },
    {
      label: "Right to complain to a data protection authority (EEA/UK)",
      regimes: ["eu-gdpr", "uk-gdpr"],
      citation: cite("You have the right to complain to a data protection authority about our collection and use of your personal information."),
    },
  ],
  applicability: [
    {
      regimes: ["eu-gdpr", "uk-gdpr"],
      stance: "addresses",
      citation: cite("**Supplemental Privacy Disclosures for EEA/UK Residents**"),
      note: "Legal bases, international transfers and complaints for the EEA and UK.",
    },
  ],
  timelines: [
    {
      statedByPolicy: false,
      what: "all-requests",
      citation: null,
      note: "The statement gives no response time of its own; the law of your jurisdiction supplies it.",
    },
  ],
  howToAsk: {
    subjectLine: null,
    fromAccountEmail: null,
    include: [],
    instructions: [
      { summary: "For a copy of your data, use netflix.com/account/getmyinfo.", citation: getMyInfo },
      { summary: "For any right, write to the Data Protection Officer/Privacy Office.", citation: exerciseRights },
    ],
  },
  identityVerification: [
    { summary: "Rights are handled on a verified request, as applicable law allows.", citation: verified },
    { summary: "The download of a copy is for the account owner.", citation: downloadCopy },
  ],
  fees: [],
  declineGrounds: [],
  supervisoryAuthorities: [
    {
      name: "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
      regimes: ["eu-gdpr"],
      role: "lead",
      namedInPolicy: false,
      citation: cite("If you are a data subject from the European Economic Area, our main establishment within the European Union is in the Netherlands."),
      note: "The statement names the Netherlands as the main establishment, which makes the Dutch authority the lead authority (GDPR Art. 56); it does not name the authority. You may also complain in your own country (Art. 77).",
    },
    {
      name: "Information Commissioner's Office",
      regimes: ["uk-gdpr"],
      role: "competent",
      namedInPolicy: true,
      citation: cite("If you are a data subject from the UK, our competent supervisory authority is the Information Commissioner's Office."),
    },
  ],
  retention: [
    {
      summary: "Kept as required or permitted by law, and as needed for the purposes of the statement.",
      citation: cite(
        "We may retain personal information as required or permitted by applicable laws and regulations, including to honor your choices, for our billing or records purposes, and as otherwise necessary to fulfill the purposes described in this Privacy Statement.",
      ),
    },
    {
      summary: "Retention depends on your relationship with Netflix, the data, legal obligations and legal claims.",
      citation: cite(
        "Our retention of personal information is based on many factors such as your relationship with Netflix (for example, whether you are a current Netflix member), the nature of the personal information, our legal obligations, and the need to defend or resolve current or anticipated legal claims.",
      ),
    },
    {
      summary: "Destroyed or de-identified securely when no longer required.",
      citation: cite("We take reasonable measures to destroy or de-identify personal information in a secure manner when it is no longer required."),
    },
  ],
  notes: [],
};
