import { citer } from "../cite";
import type { ServiceRecord } from "../types";

const DOC = "trakt-2018-09-13";
const cite = citer(DOC);

const requestSentence = cite(
  "You may request a copy of your Personal Information by emailing us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#7704020707180503370305161c03590301) with a subject of **Personal Information Request**.",
);
const sendFrom = cite("Please send the email from the same address attached to your Trakt account and include your Trakt username to verify your identity.");
const settingsSentence = cite(
  "You may review, update, correct or delete the Personal Information provided in your registration or account profile by changing your [account settings](https://web.archive.org/settings).",
);
const disableSentence = cite(
  "You may disable your Trakt account in your [account settings](https://web.archive.org/settings) by clicking on the **Disable Account** link.",
);
const ARCHIVE_NOTE = "The archived capture links to https://web.archive.org/settings, the archive's rewrite of Trakt's own /settings page.";

export const trakt2018: ServiceRecord = {
  serviceSlug: "trakt",
  serviceName: "Trakt",
  versionId: "2018-09-13",
  versionLabel: "Effective 13 September 2018",
  documentId: DOC,
  effectiveDate: { date: "2018-09-13", kind: "effective", citation: cite("Effective Date: September 13, 2018") },
  legalEntity: null,
  postalAddress: null,
  channels: [
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["access-request"],
      provenance: { kind: "cloudflare-decoded", encoded: "7704020707180503370305161c03590301" },
      citation: requestSentence,
    },
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["complaints"],
      label: "Privacy Shield inquiries and complaints",
      provenance: { kind: "cloudflare-decoded", encoded: "80f3f5f0f0eff2f4c0f4f2e1ebf4aef4f6" },
      citation: cite(
        "EU individuals with inquiries or complaints regarding our Privacy Shield policy should first contact\u00a0Trakt at:\u00a0[[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#80f3f5f0f0eff2f4c0f4f2e1ebf4aef4f6).",
      ),
    },
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["children"],
      provenance: { kind: "cloudflare-decoded", encoded: "6a191f1a1a05181e2a1e180b011e441e1c" },
      citation: cite(
        "he or she should contact us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#6a191f1a1a05181e2a1e180b011e441e1c).",
      ),
    },
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["privacy-questions"],
      provenance: { kind: "cloudflare-decoded", encoded: "4b383e3b3b24393f0b3f392a203f653f3d" },
      citation: cite(
        "If you have any questions about this Privacy Policy, please contact us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#4b383e3b3b24393f0b3f392a203f653f3d).",
      ),
    },
  ],
  selfService: [
    {
      label: "Account settings",
      url: "https://trakt.tv/settings",
      rights: ["access", "correction", "deletion"],
      citation: settingsSentence,
      note: ARCHIVE_NOTE,
    },
    {
      label: "Disable Account link (account settings)",
      url: "https://trakt.tv/settings",
      rights: ["deletion"],
      citation: disableSentence,
      note: ARCHIVE_NOTE,
    },
  ],
  settings: [
    {
      label: 'Ad settings ("change your settings here")',
      url: "https://trakt.tv/privacy",
      rights: [],
      citation: cite("([change your settings here](https://web.archive.org/privacy))"),
      note: 'The capture links to https://web.archive.org/privacy, the archive\'s rewrite of trakt.tv/privacy (the capture shows the same target for "http://trakt.tv/privacy"); any anchor on that page was lost.',
    },
    {
      label: "Account settings: marketing communications",
      url: "https://trakt.tv/settings",
      rights: ["objection"],
      note: "Objecting to direct marketing.",
      citation: cite('you may opt-out of receiving communications at any time by updating your "account settings" information.'),
    },
  ],
  rights: [
    {
      right: "access",
      regimes: [],
      via: "request",
      citation: requestSentence,
      note: "A copy of your Personal Information, by email; delivered as JSON files.",
    },
    { right: "access", regimes: [], via: "self-service", citation: settingsSentence, note: "Review in account settings." },
    { right: "correction", regimes: [], via: "self-service", citation: settingsSentence },
    { right: "deletion", regimes: [], via: "self-service", citation: settingsSentence },
    {
      right: "deletion",
      regimes: [],
      via: "self-service",
      citation: disableSentence,
      note: "Disabling the account removes the Personal Information attached to it and anonymizes statistics.",
    },
  ],
  otherRights: [
    {
      label: "Binding arbitration (Privacy Shield)",
      regimes: [],
      citation: cite("you may invoke binding arbitration when other dispute resolution procedures have been exhausted."),
    },
  ],
  applicability: [
    {
      regimes: [],
      framework: "EU-U.S. Privacy Shield",
      stance: "complies",
      citation: cite(
        "Trakt complies with the EU-U.S. Privacy Shield Framework as set forth by the U.S. Department of Commerce regarding the collection, use, and retention of personal information transferred from the European Union to the United States.",
      ),
      note: "The Court of Justice of the EU invalidated the Privacy Shield in July 2020 (Schrems II); this version predates that.",
    },
  ],
  timelines: [
    {
      statedByPolicy: true,
      what: "access",
      days: 30,
      format: "JSON",
      citation: cite("We will respond within 30 days with JSON files containing all your information."),
    },
    {
      statedByPolicy: false,
      what: "all-requests",
      citation: null,
      note: "No time limit is stated for other requests; the law of your jurisdiction supplies it.",
    },
  ],
  howToAsk: {
    subjectLine: { value: "Personal Information Request", citation: requestSentence },
    fromAccountEmail: sendFrom,
    include: [{ item: "username", reason: "to verify your identity", citation: sendFrom }],
    instructions: [{ summary: "Ask for a copy by email to the support address.", citation: requestSentence }],
  },
  identityVerification: [{ summary: "Send from the address on the Trakt account and give the Trakt username.", citation: sendFrom }],
  fees: [],
  declineGrounds: [],
  supervisoryAuthorities: [
    {
      name: "Federal Trade Commission",
      regimes: [],
      role: "enforcement",
      namedInPolicy: true,
      citation: cite("The Federal Trade Commission has jurisdiction over Trakt’s compliance with the Privacy Shield."),
      note: "For Privacy Shield compliance only.",
    },
    {
      name: "EU data protection authorities' panel (Privacy Shield)",
      regimes: [],
      role: "dispute-panel",
      namedInPolicy: true,
      citation: cite(
        "Trakt has further committed to cooperate with the panel established by the EU data protection authorities (DPAs) with regard to unresolved Privacy Shield complaints concerning data transferred from the EU.",
      ),
    },
  ],
  retention: [
    {
      summary: "Disabling the account removes your Personal Information and anonymizes your statistical data.",
      citation: cite("Disabling your account removes any Personal Information attached with your account and anonymizes your statistical data."),
    },
    {
      summary: "Personal Information of a child under 13 is deleted once Trakt becomes aware of it.",
      citation: cite("If we become aware that a child under 13 has provided us with Personal Information, we will delete such information from our files."),
    },
  ],
  notes: ["The capture hides every address behind Cloudflare email protection; each one decodes to support@trakt.tv."],
};
