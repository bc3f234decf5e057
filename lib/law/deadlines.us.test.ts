import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineEvent } from "./deadlines";

const ccpa = (right: string, receivedOn: string, events: DeadlineEvent[] = []) => computeDeadlines({ regime: "ccpa", right, receivedOn, events });

describe("CCPA", () => {
  // Gov. Code §6700 names Thanksgiving but not the day after (a state-employee day off, §19853).
  it("acknowledges within 10 business days, skipping weekends and Thanksgiving, not the day after", () => {
    expect(ccpa("access", "2025-11-20").acknowledgeBy).toBe("2025-12-05");
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

  // Civ. Code §§7, 10, 12: a last day that is a holiday (every Sunday is one) is excluded.
  it("responds within 45 days, extendable to 90, moving a Sunday end to Monday", () => {
    const result = ccpa("access", "2025-11-20");
    expect(result.respondBy).toBe("2026-01-05");
    expect(result.originalRespondBy).toBe("2026-01-05");
    expect(result.extendedRespondBy).toBe("2026-02-18");
    expect(result.steps.some((step) => step.citation === "Cal. Civ. Code §§7, 9, 10, 12" && step.rule.includes("2026-01-04 (Sunday)"))).toBe(true);
  });

  it("keeps a Saturday end: a Saturday is a business day under Civ. Code §9", () => {
    expect(ccpa("access", "2025-11-22").respondBy).toBe("2026-01-06");
    expect(ccpa("access", "2025-11-19").respondBy).toBe("2026-01-03");
  });

  it("moves an end on Lincoln Day, Admission Day and Columbus Day (Gov. Code §6700(a)(4), (10), (12))", () => {
    expect(ccpa("access", "2025-12-29").respondBy).toBe("2026-02-13"); // 12 Feb 2026 Lincoln Day
    expect(ccpa("access", "2026-07-26").respondBy).toBe("2026-09-10"); // 9 Sep 2026 Admission Day
    expect(ccpa("access", "2026-08-28").respondBy).toBe("2026-10-13"); // 12 Oct 2026 Columbus Day
  });

  it("runs the 45 days from receipt however long verification takes", () => {
    const result = ccpa("correction", "2025-11-20", [
      { type: "identity-requested", on: "2025-11-25" },
      { type: "identity-received", on: "2025-12-20" },
    ]);
    expect(result.respondBy).toBe("2026-01-05");
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
    // The change days are Sundays, which Civ. Code §10 skips: the days either side show the offsets.
    expect(ccpa("access", "2025-01-22").respondByEndsAt).toBe("2025-03-09T07:59:59.999Z");
    expect(ccpa("access", "2025-01-23").respondByEndsAt).toBe("2025-03-11T06:59:59.999Z");
    expect(ccpa("access", "2025-09-18").respondByEndsAt).toBe("2025-11-04T07:59:59.999Z");
  });
});

describe("other US states", () => {
  // Va. Code §1-210 moves only court and filing deadlines; CT: no general rule found (estimate).
  it.each(["us-va", "us-ct"])("%s: 45 + 45 days, no roll-forward from a Sunday", (regime) => {
    const result = computeDeadlines({ regime, right: "access", receivedOn: "2025-11-20" });
    expect(result.respondBy).toBe("2026-01-04");
    expect(result.extendedRespondBy).toBe("2026-02-18");
  });

  // C.R.S. §2-4-108(2); Utah Code §68-3-7; Tex. Gov't Code §311.014(b); ORS 174.120.
  it.each(["us-co", "us-ut", "us-tx", "us-or"])("%s: 45 + 45 days, a Sunday end moves to Monday", (regime) => {
    const result = computeDeadlines({ regime, right: "access", receivedOn: "2025-11-20" });
    expect(result.respondBy).toBe("2026-01-05");
  });

  it("Colorado and Texas move a Saturday end; Utah (Sundays and holidays only) does not", () => {
    const saturday = "2025-11-19"; // + 45 = Saturday 3 January 2026
    expect(computeDeadlines({ regime: "us-co", right: "access", receivedOn: saturday }).respondBy).toBe("2026-01-05");
    expect(computeDeadlines({ regime: "us-tx", right: "access", receivedOn: saturday }).respondBy).toBe("2026-01-05");
    expect(computeDeadlines({ regime: "us-ut", right: "access", receivedOn: saturday }).respondBy).toBe("2026-01-03");
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

  it("Iowa: 90 days, extension unverified; Iowa Code §4.1(34) moves a weekend end", () => {
    const result = computeDeadlines({ regime: "us-ia", right: "access", receivedOn: "2025-01-01" });
    expect(result.respondBy).toBe("2025-04-01");
    expect(result.extendedRespondBy).toBe("2025-05-16");
    expect(computeDeadlines({ regime: "us-ia", right: "access", receivedOn: "2025-01-03" }).respondBy).toBe("2025-04-03");
    expect(computeDeadlines({ regime: "us-ia", right: "access", receivedOn: "2025-01-05" }).respondBy).toBe("2025-04-07");
    expect(result.estimate).toBe(true);
  });

  it("Utah grants no appeal, and the right to correct only from 1 July 2026 (H.B. 418)", () => {
    expect(() => computeDeadlines({ regime: "us-ut", right: "correction", receivedOn: "2025-01-10" })).toThrow(
      expect.objectContaining({ code: "not-in-force", field: "receivedOn" }),
    );
    expect(computeDeadlines({ regime: "us-ut", right: "correction", receivedOn: "2026-07-01" }).respondBy).toBe("2026-08-15");
    expect(() => computeDeadlines({ regime: "us-ut", right: "appeal", receivedOn: "2025-01-10" })).toThrow(
      expect.objectContaining({ code: "right-not-granted" }),
    );
  });
});
