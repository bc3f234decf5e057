import { describe, expect, it } from "vitest";
import { computeDeadlines } from "./deadlines";

describe("PIPEDA", () => {
  it("gives 30 days and one extension of 30 more", () => {
    const result = computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-15" });
    expect(result.respondBy).toBe("2025-02-14");
    expect(result.extendedRespondBy).toBe("2025-03-16");
  });

  it("does not roll a Sunday forward, and says that is the product's reading", () => {
    const result = computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-05" });
    expect(result.respondBy).toBe("2025-02-04");
    const sunday = computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-10" });
    expect(sunday.respondBy).toBe("2025-02-09");
    expect(sunday.steps.some((step) => step.estimate && step.rule.includes("2025-02-09 (Sunday) is on a weekend"))).toBe(true);
  });
});

describe("LGPD", () => {
  it("gives 15 days, shown as an estimate because calendar vs business days is unverified", () => {
    const result = computeDeadlines({ regime: "lgpd", right: "access", receivedOn: "2025-01-10" });
    expect(result.respondBy).toBe("2025-01-25");
    expect(result.estimate).toBe(true);
    expect(result.extendedRespondBy).toBeUndefined();
  });
});

describe("Swiss FADP", () => {
  it("gives 30 days with an open-ended postponement the product cannot date", () => {
    const result = computeDeadlines({
      regime: "ch-fadp",
      right: "access",
      receivedOn: "2025-03-03",
      events: [{ type: "extension-claimed", on: "2025-03-20" }],
    });
    expect(result.respondBy).toBe("2025-04-02");
    expect(result.extendedRespondBy).toBeUndefined();
    expect(result.steps.some((step) => step.citation === "DPO Art. 18" && step.estimate)).toBe(true);
  });
});
