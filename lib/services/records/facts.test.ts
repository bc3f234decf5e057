import { describe, expect, it } from "vitest";
import type { RegimeId, RightId, ServiceRecord } from "../types";
import { netflix2024 } from "./netflix-2024";
import { netflixUndated } from "./netflix-undated";
import { trakt2018 } from "./trakt-2018";
import { trakt2022 } from "./trakt-2022";
import { traktUndated } from "./trakt-undated";

const rightsUnder = (r: ServiceRecord, regime: RegimeId): RightId[] =>
  [...new Set(r.rights.filter((x) => x.regimes.includes(regime)).map((x) => x.right))].sort();

describe("Trakt, September 2018", () => {
  it("promises a copy within 30 days as JSON files", () => {
    const stated = trakt2018.timelines.find((t) => t.statedByPolicy);
    expect(stated).toMatchObject({ statedByPolicy: true, what: "access", days: 30, format: "JSON" });
    expect(stated?.citation?.quote).toBe("We will respond within 30 days with JSON files containing all your information.");
  });

  it("asks for the subject line, the account's address and the username", () => {
    expect(trakt2018.howToAsk.subjectLine?.value).toBe("Personal Information Request");
    expect(trakt2018.howToAsk.subjectLine?.citation.quote).toContain("**Personal Information Request**");
    expect(trakt2018.howToAsk.fromAccountEmail?.quote).toContain("from the same address attached to your Trakt account");
    expect(trakt2018.howToAsk.include.map((i) => i.item)).toEqual(["username"]);
  });

  it("names the Privacy Shield bodies and states its effective date", () => {
    expect(trakt2018.supervisoryAuthorities.map((a) => a.name)).toContain("Federal Trade Commission");
    expect(trakt2018.effectiveDate).toMatchObject({ date: "2018-09-13", kind: "effective" });
    expect(trakt2018.applicability[0]?.framework).toBe("EU-U.S. Privacy Shield");
  });
});

describe("Trakt, March 2022", () => {
  it("shows that Trakt says it is not governed by the CCPA", () => {
    const ccpa = trakt2022.applicability.find((a) => a.stance === "not-governed");
    expect(ccpa?.regimes).toEqual(["ccpa"]);
    expect(ccpa?.citation.quote).toContain("NOT CURRENTLY GOVERNED BY THE CCPA");
  });

  it("maps the rights it lists by law", () => {
    expect(rightsUnder(trakt2022, "ccpa")).toEqual(["access", "automated-decision", "correction", "deletion", "limit-sensitive", "opt-out-sale"]);
    expect(rightsUnder(trakt2022, "pipeda")).toEqual(["access", "correction"]);
    expect(rightsUnder(trakt2022, "eu-gdpr")).toEqual(["automated-decision", "correction", "deletion", "objection", "portability", "restriction"]);
  });

  it("defers timing to the law and charges no fee without legal grounds", () => {
    expect(trakt2022.timelines).toHaveLength(1);
    expect(trakt2022.timelines[0]).toMatchObject({ statedByPolicy: false, what: "all-requests" });
    expect(trakt2022.timelines[0]?.citation?.quote).toContain("in accordance with the requirements of the law applicable to your jurisdiction");
    expect(trakt2022.fees[0]?.citation.quote).toContain("unless we have legal grounds to do so");
  });

  it("keeps the redacted address as an assumption from 2018, with cookie retention of 26 months", () => {
    const email = trakt2022.channels[0];
    expect(email?.kind === "email" && email.provenance.kind === "from-other-version" && email.provenance.certainty).toBe("assumed");
    expect(trakt2022.retention.find((r) => r.months)?.months).toBe(26);
    expect(trakt2022.legalEntity?.name).toBe("trakt, inc.");
  });
});

describe("Trakt, undated", () => {
  it("offers only self-service rights and no timeline", () => {
    expect(new Set(traktUndated.rights.map((r) => r.via))).toEqual(new Set(["self-service"]));
    expect(traktUndated.timelines).toEqual([expect.objectContaining({ statedByPolicy: false, citation: null })]);
    expect(traktUndated.channels.every((c) => c.kind === "email" && c.provenance.kind === "from-other-version")).toBe(true);
  });
});

describe("Netflix, older policy", () => {
  it("takes access, correction and deletion requests at privacy@netflix.com", () => {
    const email = netflixUndated.channels.find((c) => c.kind === "email" && c.purposes.includes("privacy-requests"));
    expect(email).toMatchObject({ kind: "email", address: "privacy@netflix.com" });
    expect(netflixUndated.rights.filter((r) => r.via === "request").map((r) => r.right)).toEqual(["access", "correction", "deletion"]);
  });

  it("lists six grounds to decline and the Los Gatos address", () => {
    expect(netflixUndated.declineGrounds).toHaveLength(6);
    expect(netflixUndated.declineGrounds[0]?.citation.quote).toBe("unreasonably repetitive");
    expect(netflixUndated.postalAddress).toMatchObject({ address: "100 Winchester Circle, Los Gatos, CA 95032, U.S.A.", attention: "General Counsel" });
  });
});

describe("Netflix, April 2024", () => {
  it("names the privacy office address and the getmyinfo page", () => {
    expect(netflix2024.channels.filter((c) => c.kind === "email").map((c) => c.kind === "email" && c.address)).toEqual([
      "privacy@netflix.com",
      "privacy@netflix.com",
    ]);
    expect(netflix2024.selfService.filter((p) => p.url === "https://www.netflix.com/account/getmyinfo")).toHaveLength(2);
  });

  it("points to the Netherlands for the EEA and names the ICO for the UK", () => {
    const [eea, uk] = netflix2024.supervisoryAuthorities;
    expect(eea).toMatchObject({ regimes: ["eu-gdpr"], role: "lead", namedInPolicy: false });
    expect(eea?.citation.quote).toContain("main establishment within the European Union is in the Netherlands");
    expect(uk).toMatchObject({ name: "Information Commissioner's Office", regimes: ["uk-gdpr"], namedInPolicy: true });
  });

  it("states no response time of its own", () => {
    expect(netflix2024.timelines.every((t) => !t.statedByPolicy)).toBe(true);
    expect(netflix2024.effectiveDate?.date).toBe("2024-04-17");
  });
});
