import { describe, expect, it } from "vitest";
import { deadlineBasis } from "./deadline-basis";
import { composeFollowUp } from "./follow-up";

describe("the rule behind a deadline", () => {
  it("names the steps that arrive at the date, including a roll-forward and an extension", () => {
    const rolled = deadlineBasis({ regime: "eu-gdpr", rights: ["access"], sentOn: "2026-01-31", dueDate: "2026-03-02" });
    expect(rolled.steps.map((step) => step.citation)).toEqual([
      "GDPR Art. 12(3); Reg. (EEC, Euratom) No 1182/71 Art. 3(2)(c)",
      "Reg. (EEC, Euratom) No 1182/71 Art. 3(2)(c)",
      "Reg. (EEC, Euratom) No 1182/71 Art. 3(4)",
    ]);
    const extended = deadlineBasis({ regime: "ccpa", rights: ["deletion"], sentOn: "2026-03-02", dueDate: "2026-05-31" });
    expect(extended.steps[0]!.rule).toMatch(/^One extension of 45 more days/);
  });

  it("falls back to the law's respond rule when no step names the date", () => {
    const basis = deadlineBasis({ regime: "uk-gdpr", rights: ["access"], sentOn: "2026-03-02", dueDate: "2026-09-09" });
    expect(basis.steps).toHaveLength(1);
    expect(basis.steps[0]!.citation).toMatch(/UK GDPR Art. 12\(3\)/);
    expect(deadlineBasis({ regime: "nowhere", rights: [], sentOn: "2026-03-02", dueDate: "2026-04-02" }).steps).toEqual([]);
  });
});

describe("composeFollowUp", () => {
  it("cites the original request date, the legal deadline and its provision, and the complaint route", () => {
    const input = { serviceName: "Netflix", letterSubject: "Subject access request", sentOn: "2026-03-02", dueDate: "2026-04-02", regime: "uk-gdpr" };
    const letter = composeFollowUp({ ...input, basis: deadlineBasis({ ...input, rights: ["access"] }) });
    expect(letter.subject).toBe("Overdue: Subject access request");
    expect(letter.body).toContain("On Monday, 2 March 2026 I sent you a request under the UK General Data Protection Regulation");
    expect(letter.body).toContain("answer by Thursday, 2 April 2026 (UK GDPR Art. 12(3), Art. 12A;");
    expect(letter.body).toContain("complain to the Information Commissioner's Office (ICO) (UK GDPR Art. 77;");
  });
});
