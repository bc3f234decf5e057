import { describe, expect, it } from "vitest";
import { findService, findVersion, latestVersion, listServices, previousVersion } from "./catalog";

describe("catalog", () => {
  it("lists Trakt and Netflix first, with their versions oldest first", () => {
    expect(
      listServices()
        .slice(0, 2)
        .map((s) => [s.slug, s.versions.map((v) => v.versionId)]),
    ).toEqual([
      ["trakt", ["undated", "2018-09-13", "2022-03-29"]],
      ["netflix", ["undated", "2024-04-17"]],
    ]);
  });

  it("lists the 41 services of the Open Terms Archive captures, captures oldest first", () => {
    expect(listServices()).toHaveLength(43);
    expect(findService("google")?.versions.map((v) => v.versionId)).toEqual(["2024-11-20", "2026-06-24"]);
    expect(findService("proton")?.versions).toHaveLength(1);
  });

  it("finds services, latest and previous versions", () => {
    const trakt = findService("trakt");
    expect(trakt && latestVersion(trakt).versionId).toBe("2022-03-29");
    expect(findVersion("netflix", "undated")?.documentId).toBe("netflix-undated");
    expect(previousVersion("trakt", "2022-03-29")?.versionId).toBe("2018-09-13");
    expect(previousVersion("trakt", "undated")).toBeUndefined();
  });

  it("returns undefined for unknown slugs and versions", () => {
    expect(findService("myspace")).toBeUndefined();
    expect(findVersion("trakt", "1999-01-01")).toBeUndefined();
    expect(previousVersion("nope", "undated")).toBeUndefined();
  });
});
