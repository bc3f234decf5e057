import { useTranslations } from "next-intl";
import type { DeadlineRule, Period, Regime } from "../types";

/** One line for tables, in the reader's language: "1 month, moved off weekends and holidays; extension to 3 months from the start". */
export function useDeadlineSummary() {
  const t = useTranslations("deadlines.summary");
  const period = (p: Period) => t(p.unit, { count: p.count });
  return (rule: DeadlineRule, regime: Regime): string => {
    let first = period(rule.respond);
    const nonWorkingEnd = rule.respond.nonWorkingEnd ?? regime.counting.nonWorkingEnd;
    if (rule.respond.unit !== "business-days" && nonWorkingEnd.rollForward) {
      first = t((nonWorkingEnd.restDays ?? [0, 6]).includes(6) ? "movedWeekends" : "movedSundays", { period: first });
    }
    const parts = [first];
    const { extension } = rule;
    if (extension?.kind === "fixed") parts.push(t("extension", { period: period(extension.totalFromStart) }));
    if (extension?.kind === "open-ended") parts.push(t("openEnded"));
    if (rule.acknowledge) parts.push(t("acknowledge", { period: period(rule.acknowledge) }));
    return parts.join("; ");
  };
}
