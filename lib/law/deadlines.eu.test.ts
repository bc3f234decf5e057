import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";

const eu = (receivedOn: string, holidayRegion?: string, events: DeadlineEvent[] = []) =>
  computeDeadlines({ regime: "eu-gdpr", right: "access", receivedOn, events, ...(holidayRegion ? { holidayRegion } : {}) });

describe("EU GDPR with Regulation 1182/71", () => {
  it("ends on the same date next month, or the month's last day", () => {
    expect(eu("2025-09-03", "NL").respondBy).toBe("2025-10-03");
    expect(eu("2025-01-31", "NL").respondBy).toBe("2025-02-28");
    expect(eu("2024-01-31", "NL").respondBy).toBe("2024-02-29");
  });

  it("moves a Saturday end to Monday (Art. 3(4))", () => {
    const result = eu("2025-10-08", "NL");
    expect(result.respondBy).toBe("2025-11-10");
    const roll = result.steps.find((step) => step.rule.includes("2025-11-08 (Saturday) is on a weekend"));
    expect(roll?.citation).toContain("Art. 3(4)");
    expect(roll?.estimate).toBe(false);
  });

  it("uses the public holidays of the controller's country", () => {
    expect(eu("2025-09-03", "DE").respondBy).toBe("2025-10-06");
    expect(eu("2025-09-03", "NL").respondBy).toBe("2025-10-03");
    expect(eu("2025-11-25", "NL").respondBy).toBe("2025-12-29");
  });

  it("computes the extension from the original start: 31 March → 30 June", () => {
    const result = eu("2025-03-31", "NL");
    expect(result.originalRespondBy).toBe("2025-04-30");
    expect(result.extendedRespondBy).toBe("2025-06-30");
  });

  it("is not chained: 31 January → 30 April, not 28 February + 2 months", () => {
    expect(eu("2025-01-31", "NL").extendedRespondBy).toBe("2025-04-30");
  });

  it("assumes Irish holidays when no region is given, and marks that as an estimate", () => {
    const result = eu("2025-09-03");
    expect(result.holidayRegion).toBe("IE");
    expect(result.timeZone).toBe("Europe/Dublin");
    expect(result.steps[0]?.estimate).toBe(true);
    expect(result.estimate).toBe(true);
    expect(eu("2025-09-03", "NL").estimate).toBe(false);
  });

  it("keeps the clock running through identity checks, as an estimate", () => {
    const result = eu("2025-09-03", "NL", [
      { type: "identity-requested", on: "2025-09-05" },
      { type: "identity-received", on: "2025-09-20" },
    ]);
    expect(result.respondBy).toBe("2025-10-03");
    expect(result.paused).toBeUndefined();
    expect(result.estimate).toBe(true);
  });

  it("stores the end of the deadline day in the controller's zone", () => {
    const result = computeDeadlines({ regime: "eu-gdpr", right: "deletion", receivedOn: "2025-09-03", holidayRegion: "NL", timeZone: "Europe/Amsterdam" });
    expect(result.respondByEndsAt).toBe("2025-10-03T21:59:59.999Z");
  });
});
