import { citer } from "../cite";
import type { PolicyRight, RegimeId, RightId, ServiceRecord } from "../types";

const DOC = "trakt-2022-03-29";
const cite = citer(DOC);
const cite2018 = citer("trakt-2018-09-13");

const US: RegimeId[] = ["ccpa", "us-states"];
const CANADA: RegimeId[] = ["pipeda"];
const EEA_UK: RegimeId[] = ["eu-gdpr", "uk-gdpr"];

// The capture keeps the rights sections as bare headings, so each right cites its heading.
function listed(right: RightId, regimes: RegimeId[], heading: string, note?: string): PolicyRight {
  return { right, regimes, via: "unspecified", citation: cite(heading), ...(note ? { note } : {}) };
}

const notGoverned = cite("NOTE THAT TRAKT IS NOT CURRENTLY GOVERNED BY THE CCPA AND IS EXEMPT FROM CERTAIN OTHER US PRIVACY LAWS.");
const verify = cite(
  "Trakt can only fulfill a Consumer Privacy Request when we have sufficient information to verify that the requester is the person or an authorized representative of the person about whom we have collected Personal Information, and to properly understand, evaluate, and respond to the request.",
);

export const trakt2022: ServiceRecord = {
  serviceSlug: "trakt",
  serviceName: "Trakt",
  versionId: "2022-03-29",
  versionLabel: "Last updated 29 March 2022",
  documentId: DOC,
  effectiveDate: { date: "2022-03-29", kind: "last-updated", citation: cite("Last Updated â€” March 29, 2022") },
  legalEntity: {
    name: "trakt, inc.",
    citation: cite("Â© 2010-2023 trakt, inc. All rights reserved."),
    note: 'Named only in the page footer; the policy itself says "Trakt is owned and operated in the United States."',
  },
  postalAddress: null,
  channels: [
    {
      kind: "email",
      address: "support@trakt.tv",
      purposes: ["privacy-questions"],
      provenance: {
        kind: "from-other-version",
        source: cite2018(
          "If you have any questions about this Privacy Policy, please contact us at [[email\u00a0protected]](https://web.archive.org/cdn-cgi/l/email-protection#4b383e3b3b24393f0b3f392a203f653f3d).",
        ),
        certainty: "assumed",
        note: "This capture hides the address. The September 2018 version gives support@trakt.tv for privacy questions; the 2022 page may give another, so this is an assumption.",
      },
      citation: cite(
        "Trakt welcomes your questions and comments about our privacy practices. Trakt wants you to have a clear understanding of how we collect, protect, and use your information. Here is a summary of Trakt's privacy promise to you: [email protected]",
      ),
    },
  ],
  selfService: [
    {
      label: "Your Trakt account (log in)",
      url: null,
      rights: ["access", "correction"],
      citation: cite("You can always login to update or control the information associated with your Trakt account."),
    },
    {
      label: '"Do not share my Personal Information" link',
      url: null,
      rights: ["opt-out-sale"],
      citation: cite("Do not share my Personal Information"),
      note: "A link in the page footer; the capture keeps its text, not its address.",
    },
  ],
  settings: [
    {
      label: "Advertising Privacy Settings (EU users only)",
      url: null,
      rights: ["objection"],
      citation: cite("Advertising Privacy Settings (FOR EU USERS ONLY)"),
    },
    {
      label: "Unsubscribe from marketing emails",
      url: null,
      rights: ["objection"],
      citation: cite("You can unsubscribe from Trakt marketing emails anytime."),
    },
  ],
  rights: [
    listed("correction", US, "Right to Correct."),
    listed("deletion", US, "Right to Deletion."),
    listed("limit-sensitive", US, "Limited Use and Disclosure of Sensitive Personal Information."),
    listed("opt-out-sale", US, "Opt-Out of Sharing Personal Information.", 'The policy also states "No CCPA Sale of Personal Information."'),
    listed("automated-decision", US, "Opt-Out of Profiling."),
    listed("access", US, "Right to Access."),
    listed("access", US, "Right to Disclosure.", "The right to know what is collected and disclosed."),
    listed("access", CANADA, "Right to access"),
    listed("correction", CANADA, "Right to accuracy"),
    listed("restriction", EEA_UK, "Right to restrict processing"),
    listed("correction", EEA_UK, "Right to rectify your Personal Information."),
    listed("portability", EEA_UK, "Right to data portability."),
    listed("deletion", EEA_UK, 'Right to erasure "right to be forgotten"'),
    listed("objection", EEA_UK, "Right to object"),
    listed("automated-decision", EEA_UK, 'Right to not be subject to Automated Decision-Making ("ADM").'),
  ],
  otherRights: [
    { label: "Right to Nondiscrimination", regimes: US, citation: cite("Right to Nondiscrimination.") },
    { label: "Right to Disclosure of Marketing Information", regimes: US, citation: cite("Right to Disclosure of Marketing Information.") },
    { label: "Right to know", regimes: CANADA, citation: cite("Right to know") },
    { label: "Right to expect", regimes: CANADA, citation: cite("Right to expect") },
  ],
  applicability: [
    {
      regimes: ["ccpa", "us-states", "pipeda", "eu-gdpr", "uk-gdpr"],
      stance: "addresses",
      citation: cite(
        "provides the notices of privacy rights as required under the laws applicable to residents of California and other US states, Canada, and the EEA and UK.",
      ),
    },
    {
      regimes: ["ccpa"],
      stance: "not-governed",
      citation: notGoverned,
      note: "Trakt says the CCPA does not currently apply to it; it still lists the rights.",
    },
    { regimes: ["us-states"], stance: "exempt-in-part", citation: notGoverned, note: "Which state laws is not said." },
  ],
  timelines: [
    {
      statedByPolicy: false,
      what: "all-requests",
      citation: cite("We endeavor to respond to Consumer Privacy Requests in accordance with the requirements of the law applicable to your jurisdiction."),
      note: "The policy defers to the law of your jurisdiction, which supplies the time limit.",
    },
  ],
  howToAsk: { subjectLine: null, fromAccountEmail: null, include: [], instructions: [] },
  identityVerification: [{ summary: "Trakt must be able to verify that you are the person, or their authorized representative.", citation: verify }],
  fees: [
    {
      summary: "No fee unless Trakt has legal grounds to charge one.",
      citation: cite("We do not charge a fee to process or respond to a verifiable request unless we have legal grounds to do so."),
    },
    {
      summary: "If a fee is charged, Trakt says why and gives a cost estimate first.",
      citation: cite(
        "If we determine that the request warrants a fee, we will tell you why we made that decision and provide you with a cost estimate before completing your request.",
      ),
    },
  ],
  declineGrounds: [{ summary: "Not enough information to verify the requester or to understand the request.", citation: verify }],
  supervisoryAuthorities: [],
  retention: [
    {
      summary: "Kept for the minimum period necessary to provide the Services.",
      citation: cite("Trakt retains Personal Information for the minimum period necessary to provide you with the Services you request."),
    },
    {
      summary: "Account data is kept until you delete it or cancel the account.",
      citation: cite("Personal Information associated with your user account is retained until you delete it or cancel your account."),
    },
    {
      summary: "Cancelling the account deletes or anonymizes your Personal Information; a deleted account cannot be restored.",
      citation: cite(
        "If you cancel your account, Trakt will delete or anonymize all of your Personal Information then mark the account as private and schedule it for deletion.",
      ),
    },
    {
      summary: "Forum comments are kept indefinitely unless you ask for deletion.",
      indefinite: true,
      citation: cite("User comments posted to Trakt forums are retained indefinitely unless you request deletion."),
    },
    {
      summary: "Cookie data is kept for up to 26 months.",
      months: 26,
      citation: cite("Data collected via cookies and similar technologies is kept for up to 26 months."),
    },
    {
      summary: "Data may be kept longer where it is critical to Trakt's business.",
      citation: cite(
        "We may retain data, including Personal Information, for longer periods if it is critical to our business and securely stores that retained data.",
      ),
    },
    {
      summary: "De-identified data about content interactions may be kept in perpetuity.",
      indefinite: true,
      citation: cite("we may retain de-identified data about your content interactions in perpetuity"),
    },
  ],
  notes: [
    'This capture keeps the "Consumer Privacy Requests" section only as headings: how to submit a request is lost.',
    "The GDPR list in this capture has no right of access; Art. 15 GDPR grants it all the same.",
    'The only address on the page is shown as "[email protected]".',
  ],
};
