import { describe, expect, it } from "vitest";
import { REGIMES } from "@/lib/law/regimes";
import { findVersion } from "@/lib/services/catalog";
import type { DraftData } from "./draft-data";
import { parseDraftData } from "./draft-data";
import { requestDue } from "./due";
import { letterInputFor } from "./letter-input";
import { maskEmail, maskIdentity, maskName } from "./mask";
import { applicabilityNotes, detailsFacts, selfServicePages } from "./service-facts";
import { parseServiceRef, refForChoice } from "./service-ref";
import { canVisit, effectiveRights, firstIncompleteStep, grantedRights, nextStep, previousStep, regimeOf, splitRights, stepsFor } from "./wizard-steps";

const details = { name: "Jane Doe", email: "jane@example.org" };
const trakt2022 = findVersion("trakt", "2022-03-29")!;
const trakt2018 = findVersion("trakt", "2018-09-13")!;
const netflix = findVersion("netflix", "2024-04-17")!;

describe("steps", () => {
  it("picks the regime from where the user lives", () => {
    expect(regimeOf({ location: { country: "DE" } })?.id).toBe("eu-gdpr");
    expect(regimeOf({ location: { country: "GB" } })?.id).toBe("uk-gdpr");
    expect(regimeOf({ location: { country: "US", state: "CA" } })?.id).toBe("ccpa");
    expect(regimeOf({ location: { country: "US", state: "MT" } })?.id).toBe("us-mt");
    expect(regimeOf({ location: { country: "CA", state: "QC" } })?.id).toBe("ca-qc");
    expect(regimeOf({ location: { country: "CA", state: "other" } })?.id).toBe("pipeda");
    expect(regimeOf({ location: { country: "JP" } })?.id).toBe("jp-appi");
  });

  // Issue 13, no dead ends: GDPR Art. 3(1) covers a controller established in the EU wherever the person lives.
  it("falls back to the GDPR by establishment, else to the service's own commitments", () => {
    expect(regimeOf({ location: { country: "US", state: "other" } })?.id).toBe("commitments");
    expect(regimeOf({ location: { country: "XX", establishment: "NL" } })?.id).toBe("eu-gdpr");
    expect(regimeOf({ location: { country: "XX", establishment: "GB" } })?.id).toBe("uk-gdpr");
    expect(regimeOf({ location: { country: "XX", establishment: "US" } })?.id).toBe("commitments");
    // India's DPDP rights take effect in May 2027: before then, the fallback.
    expect(regimeOf({ location: { country: "IN" } }, "2026-12-02")?.id).toBe("commitments");
    expect(regimeOf({ location: { country: "IN" } }, "2027-06-01")?.id).toBe("in-dpdp");
  });

  it("offers a right only once it is in force (Utah's right to correct from 1 July 2026)", () => {
    expect(grantedRights(REGIMES["us-ut"], "2026-06-30")).not.toContain("correction");
    expect(grantedRights(REGIMES["us-ut"], "2026-07-01")).toContain("correction");
  });

  it("offers the rights the regime grants, never an appeal", () => {
    expect(grantedRights(REGIMES["uk-gdpr"])).toEqual(["access", "correction", "deletion", "restriction", "portability", "objection", "automated-decision"]);
    expect(grantedRights(REGIMES["us-va"])).not.toContain("appeal");
    expect(splitRights(["access", "portability"], REGIMES.ccpa)).toEqual({ granted: ["access"], notGranted: ["portability"] });
  });

  it("skips the specifics step when no chosen right needs it", () => {
    const access: DraftData = { rights: ["access"], location: { country: "GB" } };
    expect(stepsFor(access)).toEqual(["rights", "location", "details", "review", "send"]);
    expect(stepsFor({ ...access, rights: ["access", "deletion"] })).toContain("specifics");
    // Portability is no separate right under the CCPA: no specifics for it there.
    expect(stepsFor({ rights: ["access", "portability"], location: { country: "US", state: "CA" } })).not.toContain("specifics");
    expect(nextStep(access, "details")).toBe("review");
    expect(previousStep(access, "review")).toBe("details");
    expect(previousStep(access, "rights")).toBeNull();
  });

  it("resumes at the first unanswered step and keeps later URLs closed", () => {
    const data: DraftData = { rights: ["deletion"], location: { country: "DE" }, details };
    expect(firstIncompleteStep({})).toBe("rights");
    expect(firstIncompleteStep(data)).toBe("specifics");
    expect(canVisit(data, "specifics")).toBe(true);
    expect(canVisit(data, "review")).toBe(false);
    expect(canVisit(data, "rights")).toBe(true);
    const reviewed = { ...data, specifics: { deletion: { scope: "account" as const } }, language: "en" as const, letterDate: "2026-05-04" };
    expect(firstIncompleteStep(reviewed)).toBe("send");
    expect(canVisit(reviewed, "send")).toBe(true);
  });

  it("does not count a location whose law grants none of the chosen rights as answered", () => {
    const data: DraftData = { rights: ["portability"], location: { country: "US", state: "CA" } };
    expect(effectiveRights(data)).toEqual([]);
    expect(firstIncompleteStep(data)).toBe("location");
  });

  it("drops stored parts that no longer pass the rules instead of trusting them", () => {
    const parsed = parseDraftData({ rights: ["access"], details: { name: "Jane\r\nBcc: x@example.org", email: "jane@example.org" }, language: "sv" });
    expect(parsed).toEqual({ rights: ["access"] });
    expect(parseDraftData("nonsense")).toEqual({});
  });
});

describe("what the service record changes", () => {
  it("says when the policy disclaims the user's law, and what that means (Trakt 2022, CCPA)", () => {
    const notes = applicabilityNotes(trakt2022, REGIMES.ccpa);
    const warning = notes.find((note) => note.tone === "warn");
    expect(warning?.text).toBe("Trakt's policy says it is not governed by the CCPA.");
    expect(warning?.meaning).toMatch(/You can still send the request/);
    expect(warning?.citation?.quote).toMatch(/NOT CURRENTLY GOVERNED BY THE CCPA/);
    expect(applicabilityNotes(trakt2022, REGIMES["eu-gdpr"]).every((note) => note.tone === "info")).toBe(true);
  });

  it("says when the policy does not mention the law at all", () => {
    const notes = applicabilityNotes(netflix, REGIMES["ch-fadp"]);
    expect(notes).toEqual([expect.objectContaining({ text: "Netflix's policy does not mention the Swiss FADP." })]);
  });

  it("offers Netflix's download page for access, once, and Trakt's unlinked account page as text only", () => {
    expect(selfServicePages(netflix, ["access"]).linked.map((p) => p.url)).toEqual(["https://www.netflix.com/account/getmyinfo"]);
    expect(selfServicePages(netflix, ["deletion"]).linked.map((p) => p.url)).toEqual(["https://help.netflix.com/node/100625"]);
    expect(selfServicePages(trakt2022, ["access"])).toMatchObject({ linked: [], unlinked: [{ url: null }] });
  });

  it("asks for a username only where the policy does (Trakt 2018)", () => {
    expect(detailsFacts(trakt2018, ["access"]).needs.username).toBe(true);
    expect(detailsFacts(trakt2022, ["access"]).needs).toEqual({ username: false, postalAddress: false });
  });

  it("pins a catalogue choice to the latest version", () => {
    expect(refForChoice("netflix")).toEqual({ kind: "catalog", slug: "netflix", versionId: "2024-04-17" });
    expect(refForChoice("nope")).toBeNull();
    expect(parseServiceRef("custom:abc")).toEqual({ kind: "custom", id: "abc" });
    expect(parseServiceRef("trakt@../../x")).toBeNull();
  });
});

describe("letter input and due date", () => {
  it("builds the letter input from the answers, leaving out rights and specifics the law does not grant", () => {
    const data: DraftData = {
      rights: ["correction", "portability"],
      location: { country: "US", state: "CA" },
      details: { ...details, accountEmail: "acct@example.org" },
      specifics: { correction: [{ field: "Name", currentValue: "Jane Do", correctValue: "Jane Doe" }], portability: { format: "csv" } },
    };
    const input = letterInputFor(netflix, data, "2026-05-04");
    expect(input).toMatchObject({ regime: "ccpa", rights: ["correction"], language: "en", requesterCountry: "US", date: "2026-05-04" });
    expect(input?.specifics).toEqual({ correction: data.specifics!.correction });
    expect(input?.requester).toEqual({ name: "Jane Doe", email: "jane@example.org", accountEmail: "acct@example.org" });
    expect(letterInputFor(netflix, { rights: ["access"] }, "2026-05-04")).toBeNull();
  });

  it("counts the due date from the day it was sent (UK: same date next month)", () => {
    const due = requestDue("uk-gdpr", ["access"], "2026-09-03");
    expect(due.dueDate).toBe("2026-10-05"); // 3 October 2026 is a Saturday: the next working day.
    expect(due.perRight).toHaveLength(1);
    expect(due.dueAt.toISOString()).toBe("2026-10-05T22:59:59.999Z");
  });

  it("takes the latest date when rights have different periods (CCPA opt-out vs access)", () => {
    const due = requestDue("ccpa", ["opt-out-sale", "access"], "2026-05-04");
    expect(due.perRight.map((d) => d.right)).toEqual(["opt-out-sale", "access"]);
    expect(due.dueDate).toBe(due.perRight.find((d) => d.right === "access")!.respondBy);
  });
});

describe("masking", () => {
  it("shows enough to recognise saved details and no more", () => {
    expect(maskName("Jane  Doe")).toBe("J*** D***");
    expect(maskEmail("jane@example.org")).toBe("j***@example.org");
    expect(maskIdentity({ name: "Émile Zola", email: "e@x.fr", postalAddress: "1 Rue X\n75001 Paris" })).toEqual({
      name: "É*** Z***",
      email: "e***@x.fr",
      postalAddress: "1***, 7***",
    });
  });
});
