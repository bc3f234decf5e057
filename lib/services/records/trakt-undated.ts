import { citer } from "../cite";
import type { Citation, EmailProvenance, ServiceRecord } from "../types";

const DOC = "trakt-undated";
const cite = citer(DOC);
const cite2018 = citer("trakt-2018-09-13");

const settingsSentence = cite(
  "You may review, update, correct or delete the Personal Information provided in your registration or account profile by changing your account settings.",
);

// This capture shows "[email protected]"; the 2018 version has the same sentences with the
// Cloudflare-encoded address, which decodes to support@trakt.tv.
function from2018(quote: string): EmailProvenance {
  const source: Citation = cite2018(quote);
  return {
    kind: "from-other-version",
    source,
    certainty: "same-text",
    note: "Hidden in this capture; the same sentence in the September 2018 version carries the encoded address, decoded here.",
  };
}

export const traktUndated: ServiceRecord = {
  serviceSlug: "trakt",
  serviceName: "Trakt",
  versionId: "undated",
  versionLabel: "Undated (before September 2018)",
  documentId: DOC,
  effectiveDate: null,
  legalEntity: null,
  postalAddress: null,
  channels: [
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["children"],
      provenance: from2018(
        "he or she should contact us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#6a191f1a1a05181e2a1e180b011e441e1c).",
      ),
      citation: cite("he or she should contact us at [email\u00a0protected]."),
    },
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["privacy-questions"],
      provenance: from2018(
        "If you have any questions about this Privacy Policy, please contact us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#4b383e3b3b24393f0b3f392a203f653f3d).",
      ),
      citation: cite("If you have any questions about this Privacy Policy, please contact us at [email\u00a0protected]."),
    },
  ],
  selfService: [
    { label: "Account settings", url: null, rights: ["access", "correction", "deletion"], citation: settingsSentence },
    {
      label: "Profile information",
      url: null,
      rights: ["access", "correction"],
      citation: cite("You can review and revise your profile information at any time."),
    },
  ],
  settings: [
    {
      label: "Account settings: marketing communications",
      url: null,
      rights: ["objection"],
      note: "Objecting to direct marketing.",
      citation: cite('you may opt-out of receiving communications at any time by updating your "account settings" information.'),
    },
  ],
  rights: [
    { right: "access", regimes: [], via: "self-service", citation: settingsSentence, note: "Review in account settings." },
    { right: "correction", regimes: [], via: "self-service", citation: settingsSentence },
    { right: "deletion", regimes: [], via: "self-service", citation: settingsSentence },
  ],
  otherRights: [],
  applicability: [],
  timelines: [
    {
      statedByPolicy: false,
      what: "all-requests",
      citation: null,
      note: "The policy states no time limit; the law of your jurisdiction supplies it.",
    },
  ],
  howToAsk: { subjectLine: null, fromAccountEmail: null, include: [], instructions: [] },
  identityVerification: [],
  fees: [],
  declineGrounds: [],
  supervisoryAuthorities: [],
  retention: [
    {
      summary: "Personal Information of a child under 13 is deleted once Trakt becomes aware of it.",
      citation: cite("If we become aware that a child under 13 has provided us with Personal Information, we will delete such information from our files."),
    },
  ],
  notes: [
    'This capture hides both addresses as "[email protected]"; they are taken from the same sentences of the September 2018 version.',
    "The policy offers no way to ask for a copy of your data; only the account settings.",
  ],
};
