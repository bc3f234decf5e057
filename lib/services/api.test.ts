import { describe, expect, it } from "vitest";
import { serviceJson, serviceSummaryJson } from "./api";
import { findService, listServices } from "./catalog";
import { collectCitations } from "./citations";

describe("API JSON", () => {
  it("summarises each service with its versions, document hashes and text links", () => {
    const trakt = serviceSummaryJson(listServices()[0]!);
    expect(trakt).toMatchObject({ slug: "trakt", latestVersionId: "2022-03-29", url: "/api/v1/services/trakt" });
    expect(trakt.versions.map((v) => v.document.textUrl)).toEqual([
      "/api/v1/documents/trakt-undated",
      "/api/v1/documents/trakt-2018-09-13",
      "/api/v1/documents/trakt-2022-03-29",
    ]);
    expect(trakt.versions[1]?.document.sha256).toBe("ccc0432eb8cf648595ee6636f5539fb5d438a9524156bad7a2f8e15a1979d7e7");
  });

  it("serves full records with every citation, and survives a JSON round trip", () => {
    const json = JSON.parse(JSON.stringify(serviceJson(findService("netflix")!)));
    expect(json.versions).toHaveLength(2);
    expect(collectCitations(json).length).toBe(collectCitations(findService("netflix")!.versions).length);
    expect(json.versions[1].record.supervisoryAuthorities[1].name).toBe("Information Commissioner's Office");
  });
});
