import { citer } from "../cite";
import type { ServiceRecord } from "../types";

const DOC = "netflix-undated";
const cite = citer(DOC);

const requestSentence = cite(
  "With respect to your personal information, you can request access and that we correct or delete this data by emailing your request to privacy@netflix.com.",
);
const addressSentence = cite("Our address is 100 Winchester Circle, Los Gatos, CA 95032, U.S.A. Attention: General Counsel.");
const yourAccount = cite(
  'If you want to access or alter your contact information or change your payment method, you should do so by visiting the "Your Account" section of our website.',
);

// The decline sentence lists its grounds one after another; each ground cites its own words.
const DECLINE_GROUNDS: [string, string][] = [
  ["unreasonably repetitive", "Unreasonably repetitive requests."],
  ["require disproportionate technical effort", "Requests needing disproportionate technical effort."],
  ["jeopardize the privacy of others", "Requests that would jeopardize the privacy of others."],
  ["are extremely impractical", "Requests that are extremely impractical."],
  ["impede the provision or enhancement of or payment for the service", "Requests that would impede providing, improving or paying for the service."],
  ["for which access or alternation is not otherwise required by local law", "Requests that local law does not otherwise require Netflix to honour."],
];

export const netflixUndated: ServiceRecord = {
  serviceSlug: "netflix",
  serviceName: "Netflix",
  versionId: "undated",
  versionLabel: "Undated (older privacy policy)",
  documentId: DOC,
  effectiveDate: null,
  legalEntity: {
    name: "Netflix, Inc.",
    citation: cite('by Netflix, Inc. and its affiliated entities ("Netflix")'),
    note: "Netflix, Inc. and its affiliated entities; the policy lists NGS Services, LLC (Hillsboro, Oregon) as an affiliate.",
  },
  postalAddress: { address: "100 Winchester Circle, Los Gatos, CA 95032, U.S.A.", attention: "General Counsel", citation: addressSentence },
  channels: [
    {
      kind: "email",
      address: "privacy@netflix.com",
      purposes: ["privacy-requests"],
      label: "Access, correction and deletion requests",
      provenance: { kind: "shown" },
      citation: requestSentence,
    },
    {
      kind: "email",
      address: "privacy@netflix.com",
      purposes: ["privacy-questions"],
      provenance: { kind: "shown" },
      citation: cite(
        "If you have questions concerning this Privacy Policy, including the treatment of the personal information associated with your account, please contact: privacy@netflix.com.",
      ),
    },
    {
      kind: "post",
      address: "100 Winchester Circle, Los Gatos, CA 95032, U.S.A.",
      attention: "General Counsel",
      purposes: ["privacy-questions"],
      citation: addressSentence,
    },
  ],
  selfService: [
    { label: '"Your Account" section of the website', url: null, rights: ["access", "correction"], citation: yourAccount },
    {
      label: '"Your Account": information about your account and interactions',
      url: null,
      rights: ["access"],
      citation: cite(
        'We give you access to a broad range of information about your account and your interactions with us in the "Your Account" portion of the website.',
      ),
    },
  ],
  settings: [
    {
      label: '"Manage mailing preferences" (Your Account)',
      url: null,
      rights: ["objection"],
      note: "Objecting to direct marketing.",
      citation: cite(
        'If you no longer want to receive the newsletters, other announcements, simply access the "Manage mailing preferences" link on the "Your Account" page and uncheck those items to unsubscribe.',
      ),
    },
    {
      label: '"Manage Netflix ready devices and computers" (Your Account)',
      url: null,
      rights: [],
      citation: cite(
        'To remove access to your Netflix account from a device, go to the "Manage Netflix ready devices and computers" link on the "Your Account" page and remove that device from your account.',
      ),
    },
  ],
  rights: [
    { right: "access", regimes: [], via: "request", citation: requestSentence },
    { right: "correction", regimes: [], via: "request", citation: requestSentence },
    { right: "deletion", regimes: [], via: "request", citation: requestSentence },
    { right: "access", regimes: [], via: "self-service", citation: yourAccount, note: "Contact and payment information." },
    { right: "correction", regimes: [], via: "self-service", citation: yourAccount, note: "Contact and payment information." },
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
  howToAsk: {
    subjectLine: null,
    fromAccountEmail: null,
    include: [],
    instructions: [{ summary: "Email the request to privacy@netflix.com.", citation: requestSentence }],
  },
  identityVerification: [{ summary: 'The "Your Account" pages require signing in.', citation: cite('You must be signed in to access "Your Account."') }],
  fees: [],
  declineGrounds: DECLINE_GROUNDS.map(([quote, summary]) => ({ summary, citation: cite(quote) })),
  supervisoryAuthorities: [],
  retention: [],
  notes: ['"alternation" in the decline sentence is the policy\'s own typo for "alteration".'],
};
