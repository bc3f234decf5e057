// The shape of a service record: what one version of a privacy policy says, every fact cited.
// Curated records (lib/services/records) and extractor proposals (lib/services/extractor) share it,
// so a record proposed from a user's pasted policy can later be saved as a custom service.

/** `quote` is exactly `text.slice(start, end)` of the document; offsets are UTF-16 code units. */
export type Citation = { document: string; start: number; end: number; quote: string };

// One list of rights for the whole app: the law module owns it.
import { RIGHT_IDS, type RightId } from "@/lib/law/types";
export { RIGHT_IDS, type RightId };

/**
 * The regimes policies name. All but "us-states" are ids of lib/law; "us-states" stands for "other US
 * states" as the policies put it, without saying which, so a consumer expands it to the us-* regimes.
 */
export const REGIME_IDS = ["eu-gdpr", "uk-gdpr", "ccpa", "us-states", "pipeda"] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** A sentence of the policy and what we read in it. */
export type CitedStatement = { summary: string; citation: Citation };

export type PolicyRight = {
  right: RightId;
  /** Empty: the policy grants it without tying it to a law. */
  regimes: RegimeId[];
  /** How the policy lets you use it: a request to the service, or a self-service tool. */
  via: "request" | "self-service" | "unspecified";
  citation: Citation;
  note?: string;
};

/** Rights the policy names that have no id of ours (non-discrimination, withdrawal of consent...). */
export type OtherRight = { label: string; regimes: RegimeId[]; citation: Citation; note?: string };

export type ChannelPurpose = "privacy-requests" | "access-request" | "privacy-questions" | "children" | "complaints" | "customer-service";

export type EmailProvenance =
  | { kind: "shown" }
  /** The capture has a Cloudflare `email-protection#<hex>` link; the address is decoded from it. */
  | { kind: "cloudflare-decoded"; encoded: string }
  /** The capture hides the address ("[email protected]"); it is taken from another version. */
  | { kind: "from-other-version"; source: Citation; certainty: "same-text" | "assumed"; note: string };

export type EmailChannel = {
  kind: "email";
  address: string;
  purposes: ChannelPurpose[];
  label?: string;
  provenance: EmailProvenance;
  citation: Citation;
};
export type PostChannel = {
  kind: "post";
  address: string;
  attention?: string;
  purposes: ChannelPurpose[];
  citation: Citation;
};
export type WebChannel = { kind: "web"; url: string; purposes: ChannelPurpose[]; citation: Citation };
export type Channel = EmailChannel | PostChannel | WebChannel;

/** A page of the service: `url` is null where the capture names the page but gives no address. */
export type ServicePage = {
  label: string;
  url: string | null;
  rights: RightId[];
  citation: Citation;
  note?: string;
};

export type Timeline =
  | {
      statedByPolicy: true;
      what: RightId | "all-requests";
      days?: number;
      months?: number;
      format?: string;
      citation: Citation;
    }
  /** The policy sets no time limit: the law of the requester's jurisdiction supplies it. */
  | { statedByPolicy: false; what: RightId | "all-requests"; citation: Citation | null; note: string };

export type IdentityItem = "account-email" | "username" | "name" | "postal-address" | "signed-in";

export type HowToAsk = {
  subjectLine: { value: string; citation: Citation } | null;
  /** The policy asks that the request come from the address on the account. */
  fromAccountEmail: Citation | null;
  include: { item: IdentityItem; reason: string; citation: Citation }[];
  instructions: CitedStatement[];
};

export type Applicability = {
  regimes: RegimeId[];
  /** A framework outside our regimes, such as the EU-U.S. Privacy Shield. */
  framework?: string;
  stance: "addresses" | "complies" | "not-governed" | "exempt-in-part";
  citation: Citation;
  note?: string;
};

export type SupervisoryAuthority = {
  name: string;
  regimes: RegimeId[];
  role: "lead" | "competent" | "enforcement" | "dispute-panel";
  /** False where the policy points at the authority without naming it (a country, a framework). */
  namedInPolicy: boolean;
  citation: Citation;
  note?: string;
};

export type Retention = CitedStatement & { days?: number; months?: number; indefinite?: boolean };

export type EffectiveDate = { date: string; kind: "effective" | "last-updated"; citation: Citation };

export type ServiceRecord = {
  serviceSlug: string;
  serviceName: string;
  versionId: string;
  versionLabel: string;
  documentId: string;
  effectiveDate: EffectiveDate | null;
  legalEntity: { name: string | null; url?: string; citation: Citation; note?: string } | null;
  postalAddress: { address: string; attention?: string; citation: Citation } | null;
  channels: Channel[];
  selfService: ServicePage[];
  settings: ServicePage[];
  rights: PolicyRight[];
  otherRights: OtherRight[];
  applicability: Applicability[];
  timelines: Timeline[];
  howToAsk: HowToAsk;
  identityVerification: CitedStatement[];
  fees: CitedStatement[];
  declineGrounds: CitedStatement[];
  supervisoryAuthorities: SupervisoryAuthority[];
  retention: Retention[];
  /** Our remarks on the capture itself (what it lost or hides), not facts of the policy. */
  notes: string[];
};

export type Service = { slug: string; name: string; website: string; versions: ServiceRecord[] };
