import { describe, expect, it } from "vitest";
import { findVersion } from "./catalog";
import { letterFactsFor, timelineFor } from "./letter-facts";
import type { ServiceRecord } from "./types";

const version = (slug: string, id: string): ServiceRecord => {
  const v = findVersion(slug, id);
  if (!v) throw new Error(`missing ${slug} ${id}`);
  return v;
};

describe("letterFactsFor", () => {
  it("gives Trakt 2018's access letter its subject line, sender rule, username and 30-day timeline", () => {
    const facts = letterFactsFor(version("trakt", "2018-09-13"), "access");
    expect(facts.email?.address).toBe("support@trakt.tv");
    expect(facts.email?.purposes).toEqual(["access-request"]);
    expect(facts.subjectLine?.value).toBe("Personal Information Request");
    expect(facts.identifiers.map((i) => i.item)).toEqual(["account-email", "username"]);
    expect(facts.identifiers.every((i) => i.citation !== null)).toBe(true);
    expect(facts.timeline).toMatchObject({ statedByPolicy: true, days: 30 });
  });

  it("falls back to the law's timeline for a right the policy sets no time for", () => {
    const record = version("trakt", "2018-09-13");
    expect(timelineFor(record, "deletion")).toMatchObject({ statedByPolicy: false, what: "all-requests" });
    expect(letterFactsFor(record, "deletion").email?.purposes).toEqual(["privacy-questions"]);
  });

  it("writes to Netflix's privacy office and says the account email is an uncited default", () => {
    const facts = letterFactsFor(version("netflix", "2024-04-17"), "deletion");
    expect(facts.email).toMatchObject({ address: "privacy@netflix.com", purposes: ["privacy-requests", "privacy-questions"] });
    expect(facts.identifiers).toEqual([expect.objectContaining({ item: "account-email", citation: null })]);
    expect(facts.grantedBy.map((r) => r.right)).toEqual(["deletion"]);
    expect(facts.selfService.map((p) => p.url)).toEqual(["https://help.netflix.com/node/100625"]);
  });

  it("uses Netflix's postal address and entity from the older policy", () => {
    const facts = letterFactsFor(version("netflix", "undated"), "access");
    expect(facts.entity).toBe("Netflix, Inc.");
    expect(facts.postalAddress?.attention).toBe("General Counsel");
  });

  it("still offers Trakt 2022's assumed address, marked as such", () => {
    const facts = letterFactsFor(version("trakt", "2022-03-29"), "deletion");
    expect(facts.email?.provenance).toMatchObject({ kind: "from-other-version", certainty: "assumed" });
    expect(facts.grantedBy.flatMap((r) => r.regimes)).toEqual(["ccpa", "us-states", "eu-gdpr", "uk-gdpr"]);
  });
});
