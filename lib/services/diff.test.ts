import { describe, expect, it } from "vitest";
import { findVersion } from "./catalog";
import { diffVersions, isEmptyDiff } from "./diff";
import type { ServiceRecord } from "./types";

const version = (slug: string, id: string): ServiceRecord => {
  const v = findVersion(slug, id);
  if (!v) throw new Error(`missing ${slug} ${id}`);
  return v;
};
const byStatus = (changes: { key: string; status: string }[], status: string) =>
  changes
    .filter((c) => c.status === status)
    .map((c) => c.key)
    .sort();

describe("diffVersions", () => {
  const trakt18 = version("trakt", "2018-09-13");
  const trakt22 = version("trakt", "2022-03-29");

  it("finds the rights Trakt added in 2022 and how the old ones changed", () => {
    const diff = diffVersions(trakt18, trakt22);
    expect(byStatus(diff.rights, "added")).toEqual(["automated-decision", "limit-sensitive", "objection", "opt-out-sale", "portability", "restriction"]);
    expect(byStatus(diff.rights, "removed")).toEqual([]);
    const access = diff.rights.find((c) => c.key === "access");
    expect(access?.status).toBe("changed");
    expect(access?.details).toContain("Laws added: CCPA (California), Other US states, PIPEDA (Canada)");
    expect(access?.before[0]?.citation.document).toBe("trakt-2018-09-13");
    expect(access?.after[0]?.citation.document).toBe("trakt-2022-03-29");
  });

  it("reports the 30-day JSON promise as dropped and the Privacy Shield bodies as gone", () => {
    const diff = diffVersions(trakt18, trakt22);
    const access = diff.timelines.find((c) => c.key === "access");
    expect(access).toMatchObject({ status: "removed" });
    expect(access?.before[0]).toMatchObject({ days: 30, format: "JSON" });
    expect(diff.timelines.find((c) => c.key === "all-requests")?.details).toEqual([
      "Was set by law (the policy is silent); now set by law (the policy defers to it)",
    ]);
    expect(byStatus(diff.authorities, "removed")).toEqual(["EU data protection authorities' panel (Privacy Shield)", "Federal Trade Commission"]);
    expect(byStatus(diff.applicability, "added")).toEqual(["ccpa", "ccpa, us-states, pipeda, eu-gdpr, uk-gdpr", "us-states"]);
    expect(byStatus(diff.applicability, "removed")).toEqual(["EU-U.S. Privacy Shield"]);
  });

  it("sees the support address change from decoded to taken from another version", () => {
    const change = diffVersions(trakt18, trakt22).channels.find((c) => c.key === "email:support@trakt.tv");
    expect(change?.status).toBe("changed");
    expect(change?.details).toContain("Where the address comes from added: taken from another version");
  });

  it("finds Netflix's new rights, authorities and lost postal address in 2024", () => {
    const diff = diffVersions(version("netflix", "undated"), version("netflix", "2024-04-17"));
    expect(byStatus(diff.rights, "added")).toEqual(["automated-decision", "objection", "portability", "restriction"]);
    expect(byStatus(diff.authorities, "added")).toEqual(["Autoriteit Persoonsgegevens (Dutch Data Protection Authority)", "Information Commissioner's Office"]);
    expect(byStatus(diff.channels, "removed")).toEqual(["post:100 winchester circle, los gatos, ca 95032, u.s.a."]);
    expect(byStatus(diff.channels, "added")).toEqual(["web:https://help.netflix.com/"]);
  });

  it("is empty between a version and itself, and reverses cleanly", () => {
    expect(isEmptyDiff(diffVersions(trakt22, trakt22))).toBe(true);
    const back = diffVersions(trakt22, trakt18);
    expect(byStatus(back.rights, "removed")).toEqual(byStatus(diffVersions(trakt18, trakt22).rights, "added"));
  });
});
