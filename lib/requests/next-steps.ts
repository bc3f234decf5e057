import { findRightGrant } from "@/lib/law/regimes";
import { englishName } from "@/lib/letters/templates/follow-up-en";
import type { AuthorityOption } from "./complaint-authority";
import { appealGrant, isOverdue, regimeOfFacts, STAGE, type RequestFacts, type RequestState } from "./lifecycle";

// What the law offers next, from where the request stands: wait, reply, remind, complain, appeal.
// Pure: each sentence is a message key (tracking.nextSteps) with its values, worded where shown
// (tracking/components/next-steps.tsx). `rule` values are the law data's own sentences.

export type NextStepCode =
  | "authorityDefinite"
  | "authorityBare"
  | "regulator"
  | "theAuthority"
  | "complainTitle"
  | "complainText"
  | "complainTextPlain"
  | "complainCta"
  | "appealTitle"
  | "appealText"
  | "appealCta"
  | "doneTitle"
  | "doneCompleted"
  | "doneWithdrawn"
  | "waitForTitle"
  | "waitForText"
  | "replyIdentityTitle"
  | "replyClarificationTitle"
  | "replyText"
  | "replyTextRule"
  | "waitUntilTitle"
  | "waitAnswerText"
  | "waitAppealText"
  | "confirmByTitle"
  | "lawRule"
  | "remindTitle"
  | "remindText"
  | "remindTextDeemed"
  | "remindCta"
  | "missingTitle"
  | "missingText"
  | "missingCta"
  | "checkTitle"
  | "checkText"
  | "firstTitle"
  | "firstText"
  | "firstCta"
  | "source";

/** A sentence as data: plain values, ISO dates (written out where shown) and nested sentences. */
export type StepPhrase = { code: NextStepCode; values?: Record<string, string>; days?: Record<string, string>; phrases?: Record<string, StepPhrase> };

export type NextStep = {
  kind: "wait" | "reply" | "remind" | "complain" | "appeal" | "check" | "done";
  title: StepPhrase;
  text?: StepPhrase;
  citation?: string;
  /** Relative to the request page: "follow-up", "complaint", "appeal". */
  href?: "follow-up" | "complaint" | "appeal";
  cta?: StepPhrase;
};

const say = (code: NextStepCode, parts: Omit<StepPhrase, "code"> = {}): StepPhrase => ({ code, ...parts });

/** An authority's name as a sentence takes it ("the Information Commissioner's Office", "Autoriteit Persoonsgegevens"). */
function body(name: string): StepPhrase {
  return say(englishName(name) === name ? "authorityBare" : "authorityDefinite", { values: { name } });
}

function complainStep(facts: RequestFacts, authority: AuthorityOption | undefined): NextStep {
  const regime = regimeOfFacts(facts);
  return {
    kind: "complain",
    title: say("complainTitle", { phrases: { who: authority ? body(authority.name) : say("regulator") } }),
    text: regime ? say("complainText", { values: { rule: regime.complaint.rule } }) : say("complainTextPlain"),
    ...(regime ? { citation: regime.complaint.citation } : {}),
    href: "complaint",
    cta: say("complainCta"),
  };
}

function appealStep(facts: RequestFacts): NextStep | null {
  const appeal = appealGrant(facts);
  if (!appeal) return null;
  return {
    kind: "appeal",
    title: say("appealTitle"),
    text: say("appealText", { values: { rule: appeal.deadline.respond.rule } }),
    citation: appeal.article,
    href: "appeal",
    cta: say("appealCta"),
  };
}

export function nextSteps({ facts, state, now, authority }: { facts: RequestFacts; state: RequestState; now: Date; authority?: AuthorityOption }): NextStep[] {
  const due = { due: state.deadline.dueDate };
  if (state.closed)
    return [
      {
        kind: "done",
        title: say("doneTitle"),
        text: say(state.closed.type === "completed" ? "doneCompleted" : "doneWithdrawn", { days: { on: state.closed.on } }),
      },
    ];
  if (state.complaint) {
    return [
      {
        kind: "wait",
        title: say("waitForTitle", { phrases: { who: state.complaint.authority ? body(state.complaint.authority) : say("theAuthority") } }),
        text: say("waitForText", { days: { on: state.complaint.on } }),
      },
    ];
  }
  const regime = regimeOfFacts(facts);
  const grant = regime ? findRightGrant(regime, state.deadline.right) : undefined;
  const steps: NextStep[] = [];
  if (state.pending) {
    const rule = grant?.deadline[state.pending.topic];
    const days = { on: state.pending.since };
    steps.push({
      kind: "reply",
      title: say(state.pending.topic === "identity" ? "replyIdentityTitle" : "replyClarificationTitle"),
      text: rule ? say("replyTextRule", { values: { rule: rule.rule }, days }) : say("replyText", { days }),
      ...(rule ? { citation: rule.citation } : {}),
    });
  }
  const overdue = isOverdue(state, now);
  const lacking = state.answer && (state.answer.completeness === "partial" || state.answer.missing.length > 0);
  if (state.stage === STAGE.clock && !overdue && !lacking) {
    steps.push({
      kind: "wait",
      title: say("waitUntilTitle", { days: due }),
      text: say(state.appeal ? "waitAppealText" : "waitAnswerText", { days: due }),
      citation: state.deadline.steps.at(-1)?.citation ?? grant?.deadline.respond.citation ?? "",
    });
    if (state.deadline.acknowledgeBy && !state.acknowledgedOn && !state.answer) {
      const rule = grant?.deadline.acknowledge?.rule;
      steps.push({
        kind: "wait",
        title: say("confirmByTitle", { days: { by: state.deadline.acknowledgeBy } }),
        ...(rule ? { text: say("lawRule", { values: { rule } }) } : {}),
        citation: grant?.deadline.acknowledge?.citation ?? "",
      });
    }
    return steps;
  }
  if (overdue) {
    const deemed = facts.regime === "pipeda" || facts.regime === "ca-qc";
    steps.push({
      kind: "remind",
      title: say("remindTitle"),
      text: say(deemed ? "remindTextDeemed" : "remindText", { days: due }),
      citation: grant?.deadline.respond.citation ?? "",
      href: "follow-up",
      cta: say("remindCta"),
    });
  } else if (lacking) {
    steps.push({ kind: "remind", title: say("missingTitle"), text: say("missingText"), href: "follow-up", cta: say("missingCta") });
  } else if (state.answer && !state.refusal) {
    steps.push({ kind: "check", title: say("checkTitle"), text: say("checkText") });
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
      title: say("firstTitle"),
      text: say("firstText", { values: { rule: first.rule } }),
      citation: first.citation,
      href: "follow-up",
      cta: say("firstCta"),
    });
  }
  steps.push(complainStep(facts, authority));
  return steps;
}
