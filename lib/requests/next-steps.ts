import { formatLongDate } from "@/lib/law/labels";
import { findRightGrant } from "@/lib/law/regimes";
import { englishName } from "@/lib/letters/templates/follow-up-en";
import type { AuthorityOption } from "./complaint-authority";
import { appealGrant, isOverdue, regimeOfFacts, STAGE, type RequestFacts, type RequestState } from "./lifecycle";

// What the law offers next, from where the request stands: wait, reply, remind, complain, appeal.

export type NextStep = {
  kind: "wait" | "reply" | "remind" | "complain" | "appeal" | "check" | "done";
  title: string;
  text: string;
  citation?: string;
  /** Relative to the request page: "follow-up", "complaint", "appeal". */
  href?: "follow-up" | "complaint" | "appeal";
  cta?: string;
};

function complainStep(facts: RequestFacts, authority: AuthorityOption | undefined): NextStep {
  const regime = regimeOfFacts(facts);
  const who = authority ? englishName(authority.name) : "the regulator";
  return {
    kind: "complain",
    title: `Complain to ${who}`,
    text: `${regime?.complaint.rule ?? "Complain to the regulator"}. The complaint letter lists what happened, with the evidence file to attach.`,
    ...(regime ? { citation: regime.complaint.citation } : {}),
    href: "complaint",
    cta: "Write the complaint",
  };
}

function appealStep(facts: RequestFacts): NextStep | null {
  const appeal = appealGrant(facts);
  if (!appeal) return null;
  return {
    kind: "appeal",
    title: "Appeal the decision",
    text: `The law lets you appeal a refusal to the company itself. ${appeal.deadline.respond.rule}.`,
    citation: appeal.article,
    href: "appeal",
    cta: "Write the appeal",
  };
}

export function nextSteps({ facts, state, now, authority }: { facts: RequestFacts; state: RequestState; now: Date; authority?: AuthorityOption }): NextStep[] {
  const due = formatLongDate(state.deadline.dueDate);
  if (state.closed)
    return [{ kind: "done", title: "Nothing more to do", text: `You marked this request ${state.closed.type} on ${formatLongDate(state.closed.on)}.` }];
  if (state.complaint) {
    return [
      {
        kind: "wait",
        title: `Wait for ${state.complaint.authority ? englishName(state.complaint.authority) : "the authority"}`,
        text: `You complained on ${formatLongDate(state.complaint.on)}. Record what the authority or the company does next, and add notes as things happen.`,
      },
    ];
  }
  const regime = regimeOfFacts(facts);
  const grant = regime ? findRightGrant(regime, state.deadline.right) : undefined;
  const steps: NextStep[] = [];
  if (state.pending) {
    const rule = grant?.deadline[state.pending.topic];
    const what = state.pending.topic === "identity" ? "proof of your identity" : "a clarification";
    steps.push({
      kind: "reply",
      title: `Reply: they asked for ${what}`,
      text: `They asked on ${formatLongDate(state.pending.since)}. Reply to them, then record it here. ${rule ? `${rule.rule}.` : ""}`.trim(),
      ...(rule ? { citation: rule.citation } : {}),
    });
  }
  const overdue = isOverdue(state, now);
  const lacking = state.answer && (state.answer.completeness === "partial" || state.answer.missing.length > 0);
  if (state.stage === STAGE.clock && !overdue && !lacking) {
    const what = state.appeal ? "decide your appeal" : "answer";
    steps.push({
      kind: "wait",
      title: `Wait until ${due}`,
      text: `They have until the end of ${due} to ${what}. We remind you before then.`,
      citation: state.deadline.steps.at(-1)?.citation ?? grant?.deadline.respond.citation ?? "",
    });
    if (state.deadline.acknowledgeBy && !state.acknowledgedOn && !state.answer) {
      steps.push({
        kind: "wait",
        title: `They should confirm receipt by ${formatLongDate(state.deadline.acknowledgeBy)}`,
        text: grant?.deadline.acknowledge?.rule ?? "",
        citation: grant?.deadline.acknowledge?.citation ?? "",
      });
    }
    return steps;
  }
  if (overdue) {
    const deemed = facts.regime === "pipeda" || facts.regime === "ca-qc" ? " No answer in time counts as a refusal." : "";
    steps.push({
      kind: "remind",
      title: "Send a reminder",
      text: `The deadline was ${due} and it has passed.${deemed} A short reminder citing the deadline often gets an answer.`,
      citation: grant?.deadline.respond.citation ?? "",
      href: "follow-up",
      cta: "Write the reminder",
    });
  } else if (lacking) {
    steps.push({
      kind: "remind",
      title: "Ask for what is missing",
      text: "The answer lacks what the law requires. The letter lists each missing item with the provision that requires it.",
      href: "follow-up",
      cta: "Write the letter",
    });
  } else if (state.answer && !state.refusal) {
    steps.push({
      kind: "check",
      title: "Check the answer, then mark it completed",
      text: "If everything you asked for is there, mark the request completed. If not, record a partial answer to ask for the rest.",
    });
    return steps;
  }
  if (state.refusal || lacking) {
    const appeal = state.appeal ? null : appealStep(facts);
    if (appeal) steps.push(appeal);
  }
  const first = regime?.complaint.firstToController;
  if (first) {
    // UK DPA 2018 s. 164A (DUAA 2025), Australia's s. 40(1A), India's s. 13(3): the company hears the complaint first.
    steps.push({
      kind: "remind",
      title: "Complain to the company first",
      text: `${first.rule}.`,
      citation: first.citation,
      href: "follow-up",
      cta: "Write to the company",
    });
  }
  steps.push(complainStep(facts, authority));
  return steps;
}
