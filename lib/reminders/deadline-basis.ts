import { computeDeadlines, type DeadlineStep } from "@/lib/law/deadlines";
import { findRightGrant, isRegimeId, REGIMES } from "@/lib/law/regimes";
import type { RightId } from "@/lib/law/types";

export type DeadlineBasis = { lawName: string; steps: DeadlineStep[] };

export type BasisInput = { regime: string; rights: readonly string[]; sentOn: string; dueDate: string };

/**
 * The rule that set the request's deadline, from the deadline engine: the steps that arrive at
 * `dueDate`. A deadline moved by later events (an extension) is matched the same way; when no
 * step names the date, the law's respond rule is the honest answer.
 */
export function deadlineBasis({ regime, rights, sentOn, dueDate }: BasisInput): DeadlineBasis {
  if (!isRegimeId(regime)) return { lawName: regime, steps: [] };
  const law = REGIMES[regime];
  for (const right of rights) {
    try {
      const result = computeDeadlines({ regime, right, receivedOn: sentOn });
      const names = (rule: string) => rule.includes(`: ${dueDate}`) || rule.includes(`stays ${dueDate}`);
      const first = result.steps.findIndex((step) => names(step.rule));
      if (first < 0) continue;
      // A roll-forward step names the date but not the count that led to it: show that count too.
      const counted = result.steps.slice(0, first + 1).findLastIndex((step) => step.rule.includes("Counted from"));
      const from = counted >= 0 && !result.steps[first]!.rule.includes("Counted from") ? counted : first;
      const last = result.steps.findLastIndex((step) => names(step.rule));
      const steps = result.steps.slice(from, last + 1);
      return { lawName: law.name, steps };
    } catch {
      continue;
    }
  }
  const grant = rights.map((right) => findRightGrant(law, right as RightId)).find(Boolean) ?? law.rights[0];
  const respond = grant?.deadline.respond;
  return { lawName: law.name, steps: respond ? [{ rule: respond.rule, citation: respond.citation, estimate: respond.estimate }] : [] };
}
