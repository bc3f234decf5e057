import type { Authority, ClockRule, DeadlineRule, Regime, RegimeId, RightGrant, RightId, Source } from "../types";

/** The shape most US state privacy laws share: N calendar days, one extension, no weekend roll-over. */
export interface UsStateLaw {
  id: RegimeId;
  state: string;
  code: string;
  name: string;
  shortLabel: string;
  timeZone: string;
  /** Days to respond and the extension's extra days, with the section that sets them. */
  respond: { days: number; extraDays: number; citation: string; estimate?: boolean; extensionEstimate?: boolean };
  appeal?: { days: number; extraDays?: number; citation: string; estimate: boolean; note?: string };
  rights: Partial<Record<Exclude<RightId, "appeal">, Pick<RightGrant, "title" | "article" | "inForceFrom" | "scopeNote" | "dataScope">>>;
  /** The state's general statute on computing time: whether it moves a period ending on a day off. */
  counting: { rollForward: boolean; saturday?: boolean; citation: string; estimate: boolean; holidays: string; holidaysEstimate: boolean };
  /** 'YYYY-MM-DD' the law took effect: shown, not enforced (a request before it simply had no right). */
  effective: string;
  attorneyGeneral: Authority;
  /** The provision that lets the authority take complaints or enforce the law, as letters cite it. */
  complaintCitation: string;
  sources: Source[];
}

const clock = (citation: string, what: string): ClockRule => ({
  effect: "none",
  rule: `The statute counts from receipt and names no pause while the controller ${what}; the product keeps counting (product's reading)`,
  citation,
  estimate: true,
});

function calendarDays(
  days: number,
  extraDays: number | undefined,
  citation: string,
  estimate: boolean,
  extensionEstimate: boolean,
  subject: string,
): DeadlineRule {
  return {
    respond: {
      count: days,
      unit: "calendar-days",
      rule: `Respond within ${days} days of receipt of the ${subject}, counted from the day after receipt${estimate ? " (unverified)" : ""}`,
      citation,
      estimate,
    },
    ...(extraDays
      ? {
          extension: {
            kind: "fixed" as const,
            totalFromStart: { count: days + extraDays, unit: "calendar-days" as const },
            rule: `May be extended once by ${extraDays} more days (${days + extraDays} in all from receipt) when reasonably necessary, with notice inside the first ${days} days${extensionEstimate ? " (unverified)" : ""}`,
            citation,
            estimate: extensionEstimate,
          },
        }
      : {}),
    identity: clock(citation, "authenticates the requester"),
    clarification: clock(citation, "asks what the request covers"),
  };
}

export function usStateRegime(law: UsStateLaw): Regime {
  const { respond, appeal } = law;
  const standard = calendarDays(respond.days, respond.extraDays, respond.citation, respond.estimate ?? false, respond.extensionEstimate ?? false, "request");
  const { counting } = law;
  const unverified = counting.estimate ? " (product's reading)" : "";
  const days = counting.saturday === false ? "Sunday or a legal holiday" : "Saturday, Sunday or legal holiday";
  const rights: RightGrant[] = Object.entries(law.rights).map(([right, grant]) => ({
    right: right as RightId,
    ...grant,
    deadline: standard,
  }));
  if (appeal) {
    const deadline = calendarDays(appeal.days, appeal.extraDays, appeal.citation, appeal.estimate, appeal.estimate, "appeal");
    if (appeal.note) deadline.respond = { ...deadline.respond, rule: `${deadline.respond.rule}. ${appeal.note}` };
    rights.push({ right: "appeal", title: "Right to appeal a refusal", article: appeal.citation, deadline });
  }
  return {
    id: law.id,
    name: law.name,
    shortLabel: law.shortLabel,
    appliesTo: [law.state],
    defaultTimeZone: law.timeZone,
    counting: {
      nonWorkingEnd: counting.rollForward
        ? {
            rollForward: true,
            restDays: counting.saturday === false ? [0] : [0, 6],
            rule: `The last day is a ${days}, so the period runs to the end of the next day that is not one${unverified}`,
            citation: counting.citation,
            estimate: counting.estimate,
          }
        : {
            rollForward: false,
            rule: `The state's general rule on computing time does not move a period that ends on a weekend or holiday${unverified}`,
            citation: counting.citation,
            estimate: counting.estimate,
          },
      holidays: {
        region: law.state,
        rule: `Legal holidays of ${law.state}${counting.holidaysEstimate ? " as the product's holiday data lists them for the state's offices (unverified against the statute)" : ""}`,
        citation: counting.holidays,
        estimate: counting.holidaysEstimate,
      },
    },
    effective: law.effective,
    rights,
    complaint: {
      rule: "Complain to the state Attorney General, who enforces the law",
      citation: law.complaintCitation,
      authorities: [law.attorneyGeneral],
    },
    sources: law.sources,
  };
}
