import { describe, expect, it } from "vitest";
import { deadlineBasis } from "./deadline-basis";
import { reminderMessage } from "./content";
import { SAMPLE_REQUEST } from "./sample-request";

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

describe("the overdue letter a reminder carries", () => {
  const request = SAMPLE_REQUEST;
  const links = { appUrl: "https://rights.example.org", unsubscribeToken: "tok" };
  const overdueDay = new Date("2026-04-03T08:00:00Z");

  it("is the tracker's overdue letter: the request date, the deadline and its provision, the complaint route, signed", () => {
    const { followUp } = reminderMessage("overdue-1d", [request], links, overdueDay).items[0]!;
    expect(followUp!.subject).toBe("Reminder: Subject access request");
    expect(followUp!.body).toContain("On 2 March 2026 I sent you a request under");
    expect(followUp!.body).toContain("The period for your answer ended on 2 April 2026 (Art. 12(3), Art. 12A UK GDPR");
    expect(followUp!.body).toContain("the Information Commissioner's Office");
    expect(followUp!.body).toContain("at the latest by 17 April 2026");
    expect(followUp!.body.endsWith("Ada Lovelace")).toBe(true);
  });

  it("is written in the request's language, and left out where there is no name to sign it with", () => {
    const german = reminderMessage("overdue-1d", [{ ...request, language: "de" }], links, overdueDay, "de").items[0]!.followUp!;
    expect(german.subject).toBe("Erinnerung: Subject access request");
    expect(german.body).toMatch(/^Sehr geehrte Damen und Herren,/);
    expect(german.body).toContain("am 2. März 2026 habe ich Ihnen einen Antrag");
    expect(reminderMessage("overdue-1d", [{ ...request, requesterName: null }], links, overdueDay).items[0]!.followUp).toBeNull();
    expect(reminderMessage("before-1d", [request], links, new Date("2026-04-01T08:00:00Z")).items[0]!.followUp).toBeNull();
  });
});
