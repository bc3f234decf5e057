import { describe, expect, it } from "vitest";
import { assertHolidayRegion } from "../holidays";
import { assertTimeZone } from "../time-zone";
import { REGIME_IDS, RIGHT_IDS, type DeadlineRule, type RuleText } from "../types";
import { EEA_AUTHORITIES, EEA_COUNTRIES, REGIME_LIST, REGIMES, regimeForLocation } from "./index";

function rulesOf(deadline: DeadlineRule): RuleText[] {
  const { acknowledge, respond, extension, identity, clarification } = deadline;
  return [acknowledge, respond, respond.nonWorkingEnd, respond.monthEnd, extension, identity, clarification].filter(
    (rule): rule is RuleText => rule !== undefined,
  );
}

describe("regime data", () => {
  it("lists every regime id exactly once, under its own key", () => {
    expect(Object.keys(REGIMES).sort()).toEqual([...REGIME_IDS].sort());
    for (const [key, regime] of Object.entries(REGIMES)) expect(regime.id).toBe(key);
  });

  it.each(REGIME_LIST.map((regime) => [regime.id, regime] as const))("%s: rights, citations, defaults and authorities are complete", (_id, regime) => {
    const rights = regime.rights.map((grant) => grant.right);
    expect(new Set(rights).size).toBe(rights.length);
    for (const grant of regime.rights) {
      expect(RIGHT_IDS).toContain(grant.right);
      expect(grant.article.trim()).not.toBe("");
      for (const rule of rulesOf(grant.deadline)) {
        expect(rule.citation.trim()).not.toBe("");
        expect(rule.rule.trim()).not.toBe("");
      }
    }
    expect(() => assertTimeZone(regime.defaultTimeZone)).not.toThrow();
    expect(() => assertHolidayRegion(regime.counting.holidays.region)).not.toThrow();
    for (const rule of [regime.counting.nonWorkingEnd, regime.counting.holidays]) expect(rule.citation.trim()).not.toBe("");
    expect(regime.complaint.authorities.length).toBeGreaterThan(0);
    for (const authority of regime.complaint.authorities) expect(authority.url).toMatch(/^https:\/\//);
    for (const source of regime.sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it("says in the text of every estimate why it is one", () => {
    const marker = /unverified|product's reading|estimate|assumed|product knows no/i;
    for (const regime of REGIME_LIST) {
      const texts = [regime.counting.nonWorkingEnd, regime.counting.holidays, ...regime.rights.flatMap((grant) => rulesOf(grant.deadline))];
      for (const rule of texts.filter((text) => text.estimate)) expect(rule.rule).toMatch(marker);
    }
  });

  it("grants the GDPR rights with the articles letters cite", () => {
    const access = REGIMES["eu-gdpr"].rights.find((grant) => grant.right === "access");
    expect(access?.article).toBe("GDPR Art. 15");
    expect(REGIMES["uk-gdpr"].rights.find((grant) => grant.right === "deletion")?.article).toBe("UK GDPR Art. 17");
  });
});

describe("regimeForLocation", () => {
  it.each([
    ["NL", "eu-gdpr"],
    ["de", "eu-gdpr"],
    ["NO", "eu-gdpr"],
    ["GB", "uk-gdpr"],
    ["US-CA", "ccpa"],
    ["US-VA", "us-va"],
    ["US-IA", "us-ia"],
    ["CA", "pipeda"],
    ["BR", "lgpd"],
    ["CH", "ch-fadp"],
  ])("%s → %s", (location, regime) => {
    expect(regimeForLocation(location)?.id).toBe(regime);
  });

  it("knows no regime for a state without a privacy law in the product", () => {
    expect(regimeForLocation("US-NY")).toBeUndefined();
  });

  it("maps no location to two regimes", () => {
    const all = REGIME_LIST.flatMap((regime) => regime.appliesTo);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("EU/EEA authorities", () => {
  it("cover the 27 member states and the three EEA states", () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    for (const country of ["DE", "FR", "NL", "IE", "ES", "IT", "AT", "BE", "PL", "SE"]) {
      const authority = EEA_AUTHORITIES.find((a) => a.location === country);
      expect(authority?.name).toBeTruthy();
      expect(authority?.url).toMatch(/^https:\/\//);
    }
  });
});
