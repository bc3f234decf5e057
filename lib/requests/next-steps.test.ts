import { describe, expect, it } from "vitest";
import { complaintAuthorities } from "./complaint-authority";
import { deriveRequestState, type RequestFacts, type TimelineEvent } from "./lifecycle";
import { stepInEnglish } from "@/lib/testing/english-why";
import { nextSteps } from "./next-steps";

const ev = (type: string, on: string, data: unknown = null): TimelineEvent => ({
  id: `${type}-${on}`,
  type,
  on,
  recordedBy: "user",
  data,
  createdAt: new Date(`${on}T09:00:00Z`),
});
const steps = (facts: RequestFacts, events: TimelineEvent[], now: string) =>
  nextSteps({ facts, state: deriveRequestState(facts, events), now: new Date(now), authority: complaintAuthorities(facts.regime, null, null)[0] }).map((s) => [
    s.kind,
    stepInEnglish(s.title),
  ]);

const uk: RequestFacts = { regime: "uk-gdpr", rights: ["access"], sentOn: "2026-09-03" };
const va: RequestFacts = { regime: "us-va", rights: ["access"], sentOn: "2026-09-03" };

describe("nextSteps", () => {
  // DPA 2018 s. 164A (DUAA 2025): a complaint to the controller comes before one to the ICO.
  it("says to wait until the deadline, then to remind, complain to the company, and then to the ICO", () => {
    expect(steps(uk, [ev("sent", "2026-09-03")], "2026-09-10T12:00:00Z")).toEqual([["wait", "Wait until Monday, 5 October 2026"]]);
    expect(steps(uk, [ev("sent", "2026-09-03")], "2026-10-06T12:00:00Z")).toEqual([
      ["remind", "Send a reminder"],
      ["remind", "Complain to the company first"],
      ["complain", "Complain to the Information Commissioner's Office (ICO)"],
    ]);
  });

  it("asks the user to reply while a question is open, and notes the clock rule", () => {
    const result = nextSteps({
      facts: uk,
      state: deriveRequestState(uk, [ev("sent", "2026-09-03"), ev("clarification-requested", "2026-09-05")]),
      now: new Date("2026-09-06"),
    });
    expect(result[0]).toMatchObject({ kind: "reply", citation: expect.stringContaining("Art. 12A") });
    expect(stepInEnglish(result[0]!.title)).toBe("Reply: they asked for a clarification");
  });

  it("offers an appeal and a complaint after a refusal where the state law has an appeal, and only a complaint where it has none", () => {
    expect(steps(va, [ev("sent", "2026-09-03"), ev("refused", "2026-09-20", { reason: "No" })], "2026-09-21T12:00:00Z")).toEqual([
      ["appeal", "Appeal the decision"],
      ["complain", "Complain to the Office of the Attorney General of Virginia"],
    ]);
    expect(steps(uk, [ev("sent", "2026-09-03"), ev("refused", "2026-09-20", { reason: "No" })], "2026-09-21T12:00:00Z").map(([kind]) => kind)).toEqual([
      "remind",
      "complain",
    ]);
  });

  it("asks for what is missing after a partial answer, and to check a complete one", () => {
    expect(
      steps(
        uk,
        [ev("sent", "2026-09-03"), ev("answer-received", "2026-09-20", { completeness: "partial", missing: ["access.source"] })],
        "2026-09-21T12:00:00Z",
      )[0],
    ).toEqual(["remind", "Ask for what is missing"]);
    expect(steps(uk, [ev("sent", "2026-09-03"), ev("answer-received", "2026-09-20", { completeness: "complete" })], "2026-09-21T12:00:00Z")).toEqual([
      ["check", "Check the answer, then mark it completed"],
    ]);
  });
});
