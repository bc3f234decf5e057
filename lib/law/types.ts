export const REGIME_IDS = [
  "eu-gdpr",
  "uk-gdpr",
  "ccpa",
  "us-va",
  "us-co",
  "us-ct",
  "us-ut",
  "us-tx",
  "us-or",
  "us-ia",
  "pipeda",
  "lgpd",
  "ch-fadp",
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const RIGHT_IDS = [
  "access",
  "deletion",
  "portability",
  "correction",
  "restriction",
  "objection",
  "opt-out-sale",
  "limit-sensitive",
  "automated-decision",
  "appeal",
] as const;
export type RightId = (typeof RIGHT_IDS)[number];

export const DEADLINE_EVENT_TYPES = [
  "extension-claimed",
  "clarification-requested",
  "clarification-received",
  "identity-requested",
  "identity-received",
] as const;
export type DeadlineEventType = (typeof DEADLINE_EVENT_TYPES)[number];

/** A rule as the law (or the product's reading of it) states it, with its source. */
export interface RuleText {
  rule: string;
  citation: string;
  /** True where the rule is unverified or the product's own reading; the UI shows it as an estimate. */
  estimate: boolean;
}

export type PeriodUnit = "months" | "calendar-days" | "business-days";

export interface Period {
  count: number;
  unit: PeriodUnit;
}

export interface PeriodRule extends RuleText, Period {
  /** What happens when the period ends on a weekend or public holiday. */
  nonWorkingEnd: RuleText & { rollForward: boolean };
  /** For month periods: what happens when the same date does not exist in the last month. */
  monthEnd?: RuleText;
}

export type ExtensionRule =
  | (RuleText & { kind: "fixed"; totalFromStart: Period })
  /** The law lets the controller postpone with notice but sets no outer limit (Switzerland). */
  | (RuleText & { kind: "open-ended" });

/**
 * What a request for identity proof or clarification does to the clock:
 * 'none' keeps it running, 'pause' stops it until the answer, 'restart' starts it again on the answer.
 */
export interface ClockRule extends RuleText {
  effect: "none" | "pause" | "restart";
}

export interface DeadlineRule {
  acknowledge?: PeriodRule;
  respond: PeriodRule;
  extension?: ExtensionRule;
  identity: ClockRule;
  clarification: ClockRule;
}

export interface RightGrant {
  right: RightId;
  /** What the right is called in this law, for letters. */
  title: string;
  /** The provision granting the right, to cite in letters. */
  article: string;
  deadline: DeadlineRule;
}

export interface Authority {
  name: string;
  url: string;
  /** ISO 3166 code of the authority's country or state ('DE', 'US-CA'). */
  location: string;
  note?: string;
}

export interface ComplaintRoute extends Omit<RuleText, "estimate"> {
  authorities: readonly Authority[];
}

export interface Source {
  title: string;
  url: string;
}

export interface Regime {
  id: RegimeId;
  name: string;
  shortLabel: string;
  /** Where the requester lives: ISO 3166-1 alpha-2 countries or ISO 3166-2 states ('US-CA'). */
  appliesTo: readonly string[];
  defaultTimeZone: string;
  defaultHolidayRegion: string;
  /** Shown when the default holiday region is used. */
  defaultHolidayRegionNote: RuleText;
  rights: readonly RightGrant[];
  complaint: ComplaintRoute;
  sources: readonly Source[];
}
