import { describe, expect, it } from "vitest";
import { findService } from "./catalog";
import { getDocument } from "./documents/documents";
import { formatIsoDate, freshnessOf } from "./freshness";

describe("freshnessOf", () => {
  const google = findService("google")!;
  const [older, latest] = google.versions;

  it("gives the capture date, the date the text states and the credit", () => {
    const f = freshnessOf(google, latest!, getDocument);
    expect(f.capturedAt).toBe("2026-06-24");
    expect(f.stated).toMatchObject({ date: "2026-04-02", kind: "effective" });
    expect(f.attribution?.credit).toBe("Open Terms Archive contributors");
    expect(f.newer).toBeNull();
  });

  it("points an older capture at the newest one", () => {
    const f = freshnessOf(google, older!, getDocument);
    expect(f.capturedAt).toBe("2024-11-20");
    expect(f.newer?.versionId).toBe("2026-06-24");
    expect(f.newerCapturedAt).toBe("2026-06-24");
  });

  it("knows no capture date for a seed without one, and no credit", () => {
    const netflix = findService("netflix")!;
    const f = freshnessOf(netflix, netflix.versions[1]!, getDocument);
    expect(f.capturedAt).toBeNull();
    expect(f.attribution).toBeNull();
  });

  it("formats dates the same in any time zone", () => {
    expect(formatIsoDate("2026-06-24")).toBe("24 June 2026");
  });
});

describe("version diffs of the captures", () => {
  it("reports what a newer capture changed, and nothing where the facts are the same", async () => {
    const { diffVersions, isEmptyDiff } = await import("./diff");
    const diffOf = (slug: string) => {
      const [a, b] = findService(slug)!.versions;
      return diffVersions(a!, b!);
    };
    expect(isEmptyDiff(diffOf("whatsapp"))).toBe(true);
    const tinder = diffOf("tinder");
    expect(tinder.channels.map((c) => [c.status, c.key])).toContainEqual(["added", "web:https://www.help.tinder.com/hc/en-us/requests/new"]);
    const zoom = diffOf("zoom");
    expect(zoom.authorities.map((c) => [c.status, c.key])).toContainEqual(["added", "Federal Trade Commission"]);
  });
});
