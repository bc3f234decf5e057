import { describe, expect, it } from "vitest";
import { REGIMES } from "./regimes";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";

const uk = (receivedOn: string, events: DeadlineEvent[] = [], holidayRegion?: string) =>
  computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn, events, ...(holidayRegion ? { holidayRegion } : {}) });

describe("UK GDPR: the ICO's published examples", () => {
  it("received 3 September → due 3 October", () => {
    expect(uk("2025-09-03").respondBy).toBe("2025-10-03");
  });

  it("received 31 March → due 30 April", () => {
    const result = uk("2025-03-31");
    expect(result.respondBy).toBe("2025-04-30");
    expect(result.steps.some((step) => step.rule.includes("2025-04-31 does not exist"))).toBe(true);
  });
});

describe("UK GDPR: month ends and leap years", () => {
  it("31 January → 28 February, or 29 February in a leap year", () => {
    expect(uk("2025-01-31").respondBy).toBe("2025-02-28");
    expect(uk("2024-01-31").respondBy).toBe("2024-02-29");
    expect(uk("2023-01-29").respondBy).toBe("2023-02-28");
  });

  it("29 February 2024 → 29 March (Good Friday) → past Easter Monday to 2 April", () => {
    const result = uk("2024-02-29");
    expect(result.originalRespondBy).toBe("2024-04-02");
    expect(result.extendedRespondBy).toBe("2024-05-29");
    expect(result.steps.some((step) => step.rule.includes("Good Friday"))).toBe(true);
  });
});

describe("UK GDPR: bank holidays and weekends", () => {
  it("a due date on the summer bank holiday moves to the next working day", () => {
    const result = uk("2025-07-25");
    expect(result.respondBy).toBe("2025-08-26");
    const step = result.steps.find((s) => s.rule.includes("Summer bank holiday"));
    expect(step?.citation).toContain("ICO");
  });

  it("Christmas and Boxing Day, then the weekend, push the date to Monday", () => {
    expect(uk("2025-11-25").respondBy).toBe("2025-12-29");
  });

  it("a Saturday receipt counts from that Saturday", () => {
    expect(uk("2025-04-05").respondBy).toBe("2025-05-06");
  });

  it("uses the controller's nation: 4 August 2025 is a bank holiday in Scotland only", () => {
    expect(uk("2025-07-04").respondBy).toBe("2025-08-04");
    expect(uk("2025-07-04", [], "GB-SCT").respondBy).toBe("2025-08-05");
  });
});

describe("UK GDPR: extension", () => {
  it("is three months from the start, not two months chained onto the first deadline", () => {
    const result = uk("2025-01-31");
    expect(result.originalRespondBy).toBe("2025-02-28");
    expect(result.extendedRespondBy).toBe("2025-04-30");
  });

  it("becomes the deadline in force when claimed inside the first month", () => {
    const result = uk("2025-09-03", [{ type: "extension-claimed", on: "2025-09-20" }]);
    expect(result.respondBy).toBe("2025-12-03");
    expect(result.originalRespondBy).toBe("2025-10-03");
  });

  it("does not move the deadline when claimed after it", () => {
    const result = uk("2025-09-03", [{ type: "extension-claimed", on: "2025-10-10" }]);
    expect(result.respondBy).toBe("2025-10-03");
    expect(result.steps.some((step) => step.rule.includes("came after the deadline"))).toBe(true);
  });

  it("is never chained by a second notice", () => {
    const events: DeadlineEvent[] = [
      { type: "extension-claimed", on: "2025-09-20" },
      { type: "extension-claimed", on: "2025-11-20" },
    ];
    expect(uk("2025-09-03", events).respondBy).toBe("2025-12-03");
  });
});

describe("UK GDPR: clarification (Art. 12A) and identity", () => {
  // UK GDPR Art. 12A (DUAA 2025): the days from asking to answer, both included, do not count.
  it("adds the days the clock stood still while waiting for clarification, both ends included", () => {
    const result = uk("2025-09-03", [
      { type: "clarification-requested", on: "2025-09-10" },
      { type: "clarification-received", on: "2025-09-15" },
    ]);
    expect(result.respondBy).toBe("2025-10-09");
    expect(result.originalRespondBy).toBe("2025-10-03");
    expect(result.paused).toEqual([{ from: "2025-09-10", to: "2025-09-15" }]);
    expect(result.extendedRespondBy).toBe("2025-12-09");
    expect(result.steps.some((step) => step.rule.includes("stood still for 6 days"))).toBe(true);
  });

  it("does not pause for clarification of anything but an access request (Art. 12A, DUAA 2025)", () => {
    const result = computeDeadlines({
      regime: "uk-gdpr",
      right: "deletion",
      receivedOn: "2025-09-03",
      events: [
        { type: "clarification-requested", on: "2025-09-10" },
        { type: "clarification-received", on: "2025-09-15" },
      ],
    });
    expect(result.respondBy).toBe("2025-10-03");
    expect(result.paused).toBeUndefined();
  });

  it("cites Articles 22A-22D for automated decisions and s. 164A before an ICO complaint (DUAA 2025)", () => {
    const regime = REGIMES["uk-gdpr"];
    expect(regime.rights.find((grant) => grant.right === "automated-decision")?.article).toBe("UK GDPR Arts. 22A–22D");
    expect(regime.complaint.firstToController?.citation).toBe("Data Protection Act 2018 s. 164A");
  });

  it("rolls forward after adding paused days", () => {
    const result = uk("2025-09-03", [
      { type: "clarification-requested", on: "2025-09-10" },
      { type: "clarification-received", on: "2025-09-11" },
    ]);
    expect(result.respondBy).toBe("2025-10-06");
  });

  it("shows an unanswered clarification as an open pause", () => {
    const result = uk("2025-09-03", [{ type: "clarification-requested", on: "2025-09-10" }]);
    expect(result.paused).toEqual([{ from: "2025-09-10" }]);
    expect(result.respondBy).toBe("2025-10-03");
  });

  it("ignores a clarification asked for after the deadline", () => {
    const result = uk("2025-09-03", [
      { type: "clarification-requested", on: "2025-10-10" },
      { type: "clarification-received", on: "2025-10-20" },
    ]);
    expect(result.respondBy).toBe("2025-10-03");
    expect(result.paused).toBeUndefined();
  });

  it("restarts the clock on the day identity proof arrives", () => {
    const result = uk("2025-09-03", [
      { type: "identity-requested", on: "2025-09-05" },
      { type: "identity-received", on: "2025-09-20" },
    ]);
    expect(result.respondBy).toBe("2025-10-20");
    expect(result.originalRespondBy).toBe("2025-10-03");
    expect(result.extendedRespondBy).toBe("2025-12-22");
  });

  it("while identity proof is awaited, counts from the day it was asked for at the earliest", () => {
    const result = uk("2025-09-03", [{ type: "identity-requested", on: "2025-09-05" }]);
    expect(result.respondBy).toBe("2025-10-06");
    expect(result.paused).toEqual([{ from: "2025-09-05" }]);
  });

  it("drops pauses from before a restart", () => {
    const result = uk("2025-09-03", [
      { type: "clarification-requested", on: "2025-09-04" },
      { type: "clarification-received", on: "2025-09-08" },
      { type: "identity-requested", on: "2025-09-09" },
      { type: "identity-received", on: "2025-09-10" },
    ]);
    expect(result.respondBy).toBe("2025-10-10");
  });
});
