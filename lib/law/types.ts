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
  "us-mt",
  "us-de",
  "us-nh",
  "us-nj",
  "us-ne",
  "us-tn",
  "us-mn",
  "us-md",
  "us-in",
  "us-ky",
  "us-ri",
  "pipeda",
  "ca-qc",
  "lgpd",
  "ch-fadp",
  "jp-appi",
  "kr-pipa",
  "au-privacy",
  "in-dpdp",
  "commitments",
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

/** What the jurisdiction's general rule on computing time does with a period that ends on a day off. */
export interface NonWorkingEndRule extends RuleText {
  rollForward: boolean;
  /**
   * Weekdays the rule treats as days off besides the listed holidays (0 = Sunday … 6 = Saturday).
   * California, Canada and Quebec name Sunday only; a Saturday there is a business day.
   */
  restDays?: readonly number[];
}

/** Whose holidays count: a region with a statutory list (holiday-lists.ts) or a date-holidays region. */
export interface HolidayListRule extends RuleText {
  region: string;
}

export interface PeriodRule extends RuleText, Period {
  /** Overrides the regime's general rule for this period only (e.g. periods counted in business days). */
  nonWorkingEnd?: NonWorkingEndRule;
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
  /** For a pause: the day of asking and the day of the answer both stand still (UK, after the DUAA 2025). */
  inclusive?: boolean;
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
  /** 'YYYY-MM-DD' the right takes effect; a request received earlier gets a clear error, not a date. */
  inForceFrom?: string;
  /** What the letter should ask for under this right, where the law narrows or widens it. */
  scopeNote?: string;
  /** Whose data the right reaches, where the law narrows it: the letter asks for exactly that. */
  dataScope?: "collected-from-consumer" | "provided-by-consumer";
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
  /** A complaint to the controller that the law requires before one to the authority. */
  firstToController?: { rule: string; citation: string; days?: number };
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
  /**
   * How the jurisdiction counts time: its general rule for a period ending on a day off, and whose
   * holidays count when the controller's establishment is not known.
   */
  counting: { nonWorkingEnd: NonWorkingEndRule; holidays: HolidayListRule };
  /** 'YYYY-MM-DD' the law's rights take effect, where that is still to come: enforced by the engine. */
  inForceFrom?: string;
  /** 'YYYY-MM-DD' the law took effect, for the deadlines page. */
  effective?: string;
  /** False for the fallback that cites no statute (commitments). */
  statutory?: boolean;
  rights: readonly RightGrant[];
  complaint: ComplaintRoute;
  sources: readonly Source[];
}
