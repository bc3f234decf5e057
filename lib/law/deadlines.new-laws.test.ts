import { describe, expect, it } from "vitest";
import { computeDeadlines } from "./deadlines";
import { REGIMES, regimeForLocation, regimeForRequester } from "./regimes";

const due = (regime: string, receivedOn: string, right = "access") => computeDeadlines({ regime, right, receivedOn });

describe("Montana (Mont. Code Ann. §30-14-2808; §§1-1-306, 1-1-307, 1-1-216)", () => {
  it("gives 45 days + 45, and a 60-day appeal", () => {
    const result = due("us-mt", "2026-01-19");
    expect(result.respondBy).toBe("2026-03-05");
    expect(result.extendedRespondBy).toBe("2026-04-20"); // 19 April 2026 is a Sunday
    expect(due("us-mt", "2026-01-20", "appeal").respondBy).toBe("2026-03-23"); // 21 March is a Saturday
  });

  it("moves a Saturday, a Sunday or a §1-1-216 holiday to the next business day", () => {
    expect(due("us-mt", "2025-11-19").respondBy).toBe("2026-01-05"); // Saturday 3 January
    expect(due("us-mt", "2025-11-20").respondBy).toBe("2026-01-05"); // Sunday 4 January
    expect(due("us-mt", "2026-09-27").respondBy).toBe("2026-11-12"); // Veterans' Day
    expect(due("us-mt", "2026-09-19").respondBy).toBe("2026-11-04"); // state general election day
  });

  it("does not treat Christmas Eve as a holiday: §1-1-216 does not list it", () => {
    expect(due("us-mt", "2026-11-09").respondBy).toBe("2026-12-24");
  });

  it("sends complaints to the Montana Department of Justice", () => {
    expect(REGIMES["us-mt"].complaint.authorities[0]?.name).toMatch(/Montana Department of Justice/);
    expect(REGIMES["us-mt"].complaint.citation).toBe("Mont. Code Ann. §30-14-2817");
  });
});

describe("the other state laws in force by 2026", () => {
  it.each(["us-de", "us-nh", "us-nj", "us-ne", "us-tn", "us-mn", "us-md", "us-in", "us-ky", "us-ri"])("%s: 45 + 45 days from receipt", (regime) => {
    const result = due(regime, "2026-01-07"); // + 45 = Saturday 21 February
    expect(["2026-02-21", "2026-02-23"]).toContain(result.respondBy);
    expect(result.originalRespondBy).toBe(result.respondBy);
  });

  it("Tennessee, Minnesota and Kentucky move a Saturday end (Tenn. Code §1-3-102, Minn. Stat. §645.15, KRS 446.030)", () => {
    for (const regime of ["us-tn", "us-mn", "us-ky"]) expect(due(regime, "2026-01-07").respondBy).toBe("2026-02-23");
  });

  it("Delaware, Nebraska, Indiana and Rhode Island: no general rule found, the date stays and is an estimate", () => {
    for (const regime of ["us-de", "us-ne", "us-in", "us-ri"]) {
      const result = due(regime, "2026-01-07");
      expect(result.respondBy).toBe("2026-02-21");
      expect(result.estimate).toBe(true);
    }
  });

  it("Minnesota grants the right to question a profiling decision (§325M.14 subd. 1(g))", () => {
    const grant = REGIMES["us-mn"].rights.find((g) => g.right === "automated-decision");
    expect(grant?.title).toMatch(/question the result/);
    expect(REGIMES["us-mn"].rights.find((g) => g.right === "access")?.scopeNote).toMatch(/specific third parties/);
    expect(REGIMES["us-or"].rights.find((g) => g.right === "access")?.scopeNote).toMatch(/ORS 646A\.574\(1\)\(a\)\(B\)/);
  });

  it("maps all 19 states with a law in force in 2026", () => {
    const states = ["CA", "VA", "CO", "CT", "UT", "TX", "OR", "IA", "MT", "DE", "NH", "NJ", "NE", "TN", "MN", "MD", "IN", "KY", "RI"];
    for (const state of states) expect(regimeForLocation(`US-${state}`)).toBeDefined();
    expect(regimeForLocation("US-NY")).toBeUndefined();
  });
});

describe("Quebec Law 25 (CQLR c. P-39.1 s. 32; Interpretation Act of Québec ss. 52, 61(23))", () => {
  it("gives 30 days and no extension", () => {
    const result = due("ca-qc", "2026-01-05");
    expect(result.respondBy).toBe("2026-02-04");
    expect(result.extendedRespondBy).toBeUndefined();
    expect(result.estimate).toBe(false);
  });

  it("moves a Sunday or a holiday, but not a Saturday", () => {
    expect(due("ca-qc", "2026-01-02").respondBy).toBe("2026-02-02"); // Sunday 1 February
    expect(due("ca-qc", "2026-01-01").respondBy).toBe("2026-01-31"); // Saturday stays
    expect(due("ca-qc", "2026-03-07").respondBy).toBe("2026-04-07"); // Easter Monday
    expect(due("ca-qc", "2026-05-25").respondBy).toBe("2026-06-25"); // Fête nationale
  });

  it("is the law for Quebec; the rest of Canada stays with PIPEDA; complaints go to the CAI", () => {
    expect(regimeForLocation("CA-QC")?.id).toBe("ca-qc");
    expect(regimeForLocation("CA")?.id).toBe("pipeda");
    expect(REGIMES["ca-qc"].complaint.authorities[0]?.name).toMatch(/Commission d'accès à l'information/);
  });
});

describe("Japan APPI (Arts. 33, 39(1); Civil Code Arts. 140, 142)", () => {
  it("shows the two weeks after which the requester may sue, as an estimate, moved off Golden Week", () => {
    const result = due("jp-appi", "2026-04-20"); // + 14 = Greenery Day, then Children's Day and the substitute holiday
    expect(result.respondBy).toBe("2026-05-07");
    expect(result.estimate).toBe(true);
    expect(due("jp-appi", "2026-01-05").respondBy).toBe("2026-01-19");
  });
});

describe("South Korea PIPA (Art. 35(3), Enforcement Decree Art. 41(4); Civil Act Art. 161)", () => {
  it("gives 10 days, moved off a Saturday and off the three days of Chuseok", () => {
    expect(due("kr-pipa", "2026-01-07").respondBy).toBe("2026-01-19"); // Saturday 17 January
    expect(due("kr-pipa", "2026-09-14").respondBy).toBe("2026-09-28"); // 24-26 September, then Sunday
  });

  it("dates correction and suspension the same way (Decree Arts. 43, 44)", () => {
    expect(due("kr-pipa", "2026-03-02", "correction").respondBy).toBe("2026-03-12");
  });
});

describe("Australia (APP 12.4, 13.5; OAIC guidelines; Acts Interpretation Act s. 36(2))", () => {
  it("gives 30 days as an estimate, complaint to the organisation first (s. 40(1A))", () => {
    const result = due("au-privacy", "2026-01-07");
    expect(result.respondBy).toBe("2026-02-06");
    expect(result.estimate).toBe(true);
    expect(REGIMES["au-privacy"].complaint.firstToController?.citation).toBe("Privacy Act 1988 s. 40(1A)");
  });
});

describe("India DPDP Act (ss. 11-13; DPDP Rules 2025 r. 14(3))", () => {
  it("refuses to date a request received before the rights take effect, in words", () => {
    expect(() => due("in-dpdp", "2026-12-01")).toThrow(
      expect.objectContaining({ code: "not-in-force", message: expect.stringMatching(/takes effect on 2027-05-13/) }),
    );
  });

  it("gives 90 days once in force", () => {
    expect(due("in-dpdp", "2027-06-01").respondBy).toBe("2027-08-30");
  });
});

describe("no dead ends (GDPR Art. 3(1); the service's own commitments)", () => {
  it("uses the GDPR where the controller is established in the EU, whatever the requester's country", () => {
    expect(regimeForRequester("NG", "NL", "2026-12-02")).toMatchObject({ regime: { id: "eu-gdpr" }, basis: "establishment" });
    expect(regimeForRequester("NG", "GB", "2026-12-02")).toMatchObject({ regime: { id: "uk-gdpr" }, basis: "establishment" });
  });

  it("else asks for 30 days under the service's commitments, and says no statute backs it", () => {
    const { regime, basis } = regimeForRequester("NG", "US", "2026-12-02");
    expect(basis).toBe("commitments");
    const result = due(regime.id, "2026-12-02");
    expect(result.respondBy).toBe("2027-01-01");
    expect(result.estimate).toBe(true);
    expect(result.steps[0]?.rule).toMatch(/No statute sets a deadline/);
  });

  it("counts Dutch holidays for Netflix International B.V. in Amsterdam (Reg. 1182/71 Art. 3(4))", () => {
    // 1 month from 27 March 2026 is Monday 27 April 2026, King's Day in the Netherlands.
    const dutch = computeDeadlines({ regime: "eu-gdpr", right: "access", receivedOn: "2026-03-27", holidayRegion: "NL" });
    expect(dutch.respondBy).toBe("2026-04-28");
    expect(computeDeadlines({ regime: "eu-gdpr", right: "access", receivedOn: "2026-03-27" }).respondBy).toBe("2026-04-27");
  });
});

describe("Utah's own holidays (Utah Code §§68-3-7, 63G-1-301)", () => {
  it("keeps Juneteenth on the Monday before a weekday 19 June, not on the day", () => {
    // 2026-05-01 + 45 = Monday 15 June 2026, the legal holiday for Friday 19 June: moved to the 16th.
    expect(due("us-ut", "2026-05-01").respondBy).toBe("2026-06-16");
    // 2026-05-05 + 45 = Friday 19 June 2026, not a holiday in Utah that year.
    expect(due("us-ut", "2026-05-05").respondBy).toBe("2026-06-19");
  });

  it("moves a Pioneer Day end to the Saturday after: a Saturday is no holiday in Utah", () => {
    const result = due("us-ut", "2026-06-09"); // + 45 = Friday 24 July 2026, Pioneer Day
    expect(result.respondBy).toBe("2026-07-25");
    expect(result.steps.some((s) => s.rule.includes("Pioneer Day") && s.citation.includes("§63G-1-301"))).toBe(true);
  });
});
