import { describe, expect, it } from "vitest";
import { computeDeadlines } from "./deadlines";

describe("PIPEDA", () => {
  it("gives 30 days and one extension of 30 more", () => {
    const result = computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-15" });
    expect(result.respondBy).toBe("2025-02-14");
    // 16 March 2025 is a Sunday, a holiday under the Interpretation Act s. 35(1): s. 26 moves it.
    expect(result.extendedRespondBy).toBe("2025-03-17");
  });

  it("moves a Sunday end to Monday but keeps a Saturday (Interpretation Act ss. 26, 35)", () => {
    const sunday = computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-10" });
    expect(sunday.respondBy).toBe("2025-02-10");
    expect(sunday.steps.some((step) => !step.estimate && step.citation.includes("Interpretation Act") && step.rule.includes("2025-02-09 (Sunday)"))).toBe(true);
    expect(computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-01-09" }).respondBy).toBe("2025-02-08");
  });

  it("counts the federal holidays date-holidays leaves out: Remembrance Day, Thanksgiving, Victoria Day", () => {
    expect(computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-10-12" }).respondBy).toBe("2025-11-12");
    expect(computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-09-13" }).respondBy).toBe("2025-10-14");
    expect(computeDeadlines({ regime: "pipeda", right: "access", receivedOn: "2025-04-19" }).respondBy).toBe("2025-05-20");
  });
});

describe("LGPD", () => {
  // Código Civil art. 132 §1: a period ending on a holiday runs to the next business day.
  it("gives 15 days, shown as an estimate because calendar vs business days is unverified", () => {
    const result = computeDeadlines({ regime: "lgpd", right: "access", receivedOn: "2025-01-10" });
    expect(result.respondBy).toBe("2025-01-27");
    expect(computeDeadlines({ regime: "lgpd", right: "access", receivedOn: "2025-04-06" }).respondBy).toBe("2025-04-22"); // Tiradentes
    expect(computeDeadlines({ regime: "lgpd", right: "access", receivedOn: "2025-11-05" }).respondBy).toBe("2025-11-21"); // Lei 14.759/2023
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

// DSV Art. 18(1); OR Art. 78(1); SR 173.110.3 Art. 1 (a Saturday counts as a holiday for federal time limits).
describe("Swiss FADP: counting", () => {
  it("moves a Saturday or Sunday end, and a holiday, to the next working day", () => {
    expect(computeDeadlines({ regime: "ch-fadp", right: "access", receivedOn: "2026-01-01" }).respondBy).toBe("2026-02-02");
    expect(computeDeadlines({ regime: "ch-fadp", right: "access", receivedOn: "2026-04-14" }).respondBy).toBe("2026-05-15"); // Ascension
  });

  it("uses the canton's holidays when the controller's canton is given", () => {
    // 1 May is a public holiday in Zurich, not across Switzerland.
    expect(computeDeadlines({ regime: "ch-fadp", right: "access", receivedOn: "2025-04-01", holidayRegion: "CH-ZH" }).respondBy).toBe("2025-05-02");
    expect(computeDeadlines({ regime: "ch-fadp", right: "access", receivedOn: "2025-04-01" }).respondBy).toBe("2025-05-01");
  });
});
