import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";

const ccpa = (right: string, receivedOn: string, events: DeadlineEvent[] = []) =>
  computeDeadlines({ regime: "ccpa", right, receivedOn, events });

describe("CCPA", () => {
  it("acknowledges within 10 business days, skipping weekends, Thanksgiving and the day after", () => {
    expect(ccpa("access", "2025-11-20").acknowledgeBy).toBe("2025-12-08");
  });

  it("skips César Chávez Day, a California state holiday", () => {
    expect(ccpa("deletion", "2025-03-24").acknowledgeBy).toBe("2025-04-08");
  });

  it("marks the business-day reading as an estimate", () => {
    const result = ccpa("access", "2025-11-20");
    const ack = result.steps.find((step) => step.citation === "11 CCR §7021(a)");
    expect(ack?.estimate).toBe(true);
    expect(ack?.rule).toContain("product's reading");
  });

  it("responds within 45 days, extendable to 90, with no weekend roll-over", () => {
    const result = ccpa("access", "2025-11-20");
    expect(result.respondBy).toBe("2026-01-04");
    expect(result.originalRespondBy).toBe("2026-01-04");
    expect(result.extendedRespondBy).toBe("2026-02-18");
  });

  it("runs the 45 days from receipt however long verification takes", () => {
    const result = ccpa("correction", "2025-11-20", [
      { type: "identity-requested", on: "2025-11-25" },
      { type: "identity-received", on: "2025-12-20" },
    ]);
    expect(result.respondBy).toBe("2026-01-04");
    expect(result.paused).toBeUndefined();
  });

  it("moves to 90 days when the extension is claimed inside the first 45", () => {
    const result = ccpa("access", "2025-11-20", [{ type: "extension-claimed", on: "2025-12-30" }]);
    expect(result.respondBy).toBe("2026-02-18");
  });

  it("gives opt-out requests 15 business days, no acknowledgement and no extension", () => {
    const result = ccpa("opt-out-sale", "2025-12-19", [{ type: "extension-claimed", on: "2025-12-22" }]);
    expect(result.respondBy).toBe("2026-01-13");
    expect(result.acknowledgeBy).toBeUndefined();
    expect(result.extendedRespondBy).toBeUndefined();
  });

  it("treats requests to limit sensitive data like opt-outs", () => {
    expect(ccpa("limit-sensitive", "2025-12-19").respondBy).toBe("2026-01-13");
  });

  it("ends a deadline on the DST change days at the end of the local day", () => {
    expect(ccpa("access", "2025-01-23").respondByEndsAt).toBe("2025-03-10T06:59:59.999Z");
    expect(ccpa("access", "2025-09-18").respondByEndsAt).toBe("2025-11-03T07:59:59.999Z");
  });
});

describe("other US states", () => {
  it.each(["us-va", "us-co", "us-ct", "us-ut", "us-tx", "us-or"])("%s: 45 + 45 days, no roll-forward from a Sunday", (regime) => {
    const result = computeDeadlines({ regime, right: "access", receivedOn: "2025-11-20" });
    expect(result.respondBy).toBe("2026-01-04");
    expect(result.extendedRespondBy).toBe("2026-02-18");
  });

  it("Virginia: answers an appeal within 60 days", () => {
    const result = computeDeadlines({ regime: "us-va", right: "appeal", receivedOn: "2025-01-10" });
    expect(result.respondBy).toBe("2025-03-11");
    expect(result.extendedRespondBy).toBeUndefined();
    expect(result.estimate).toBe(false);
  });

  it("Texas: the appeal period is unverified and shown as an estimate", () => {
    const result = computeDeadlines({ regime: "us-tx", right: "appeal", receivedOn: "2025-01-10" });
    expect(result.respondBy).toBe("2025-03-11");
    expect(result.estimate).toBe(true);
  });

  it("Iowa: 90 days, extension unverified", () => {
    const result = computeDeadlines({ regime: "us-ia", right: "access", receivedOn: "2025-01-01" });
    expect(result.respondBy).toBe("2025-04-01");
    expect(result.extendedRespondBy).toBe("2025-05-16");
    expect(result.estimate).toBe(true);
  });

  it("Utah grants no right to correct and no appeal", () => {
    expect(() => computeDeadlines({ regime: "us-ut", right: "correction", receivedOn: "2025-01-10" })).toThrow(
      expect.objectContaining({ code: "right-not-granted" }),
    );
    expect(() => computeDeadlines({ regime: "us-ut", right: "appeal", receivedOn: "2025-01-10" })).toThrow(
      expect.objectContaining({ code: "right-not-granted" }),
    );
  });
});
