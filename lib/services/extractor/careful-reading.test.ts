import { describe, expect, it } from "vitest";
import { detectDates } from "./detect-dates";
import { extractPolicy } from "./extract";
import { proposeRecord } from "./propose-record";
import { sentenceAround } from "./text-spans";
import type { Proposal, ProposalKind } from "./types";

const of = <K extends ProposalKind>(ps: Proposal[], kind: K) => ps.filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
const read = (text: string) => extractPolicy(text, { format: "markdown" }).proposals;
const rights = (text: string) => of(read(text), "right").map((r) => `${r.right}:${r.regimes.join("+") || "none"}`);
const meta = { documentId: "d", serviceSlug: "s", serviceName: "S", versionId: "v", versionLabel: "v" };

describe("addresses and people to write to", () => {
  it("reads US and European postal addresses from their street to their country", () => {
    const text = [
      "Contact us by mail: Example, Inc., Attn: Privacy, 650 Castro Street, Suite 120-223 Mountain View, CA 94041",
      "",
      "Write to our data protection officer:",
      "",
      "Example GmbH  ",
      "Europa-Allee 70-76  ",
      "60486 Frankfurt  ",
      "Germany",
      "",
      "Our registered office is at 32 rue Blanche, 75009 Paris, FRANCE.",
    ].join("\n");
    expect(of(read(text), "postal-address").map((p) => [p.address, p.contact])).toEqual([
      ["650 Castro Street, Suite 120-223 Mountain View, CA 94041", true],
      ["Europa-Allee 70-76, 60486 Frankfurt, Germany", true],
      ["32 rue Blanche, 75009 Paris, FRANCE", true],
    ]);
  });

  it("reads a UK address that has a building but no street number", () => {
    const x = read("Write to us: Privacy Team, Example Ltd, Unit 4, Riverside House, Leeds LS1 4AP");
    expect(of(x, "postal-address").map((p) => p.address)).toEqual(["Unit 4, Riverside House, Leeds LS1 4AP"]);
  });

  it("does not take a year for a postcode", () => {
    expect(of(read("Effective as of May 25, 2018 Signal updates this policy."), "postal-address")).toEqual([]);
  });

  it("finds the DPO, the withdrawal of consent and the identity check, but not where the clause denies them", () => {
    const x = read(
      "You can reach our Data Protection Officer at dpo@example.com. You may withdraw your consent at any time. We will verify your identity before we act on your request. We have not appointed a data protection officer for Canada.",
    );
    expect(of(x, "dpo")).toHaveLength(1);
    expect(of(x, "withdraw-consent")).toHaveLength(1);
    expect(of(x, "identity-verification")).toHaveLength(1);
  });

  it("names the authority a policy names, and one it only points to", () => {
    const x = read(
      "You have the right to lodge a complaint with the UK Information Commissioner’s Office (ICO).\n\nYou can also complain to your local data protection authority.",
    );
    expect(of(x, "authority").map((a) => a.key)).toEqual(["ico", "ico", "unnamed"]);
    const record = proposeRecord(extractPolicy("You may complain to the Commission Nationale de l’Informatique et des Libertés (CNIL).", { format: "text" }), meta);
    expect(record.supervisoryAuthorities.map((a) => [a.name, a.namedInPolicy])).toEqual([["CNIL (France)", true]]);
  });
});

describe("time limits", () => {
  it("tells an extension from the time to answer", () => {
    const x = extractPolicy("We will respond within one month. This period may be extended by two further months where necessary.", { format: "text" });
    expect(of(x.proposals, "duration").map((d) => [d.months, d.role])).toEqual([
      [1, "response"],
      [2, "extension"],
    ]);
    const record = proposeRecord(x, meta);
    expect(record.timelines).toEqual([expect.objectContaining({ months: 1 })]);
    expect(record.howToAsk.instructions.map((i) => i.summary)).toEqual(["The time to answer may be extended by 2 months."]);
  });

  it("reads a period in a statistics table as what the table is about, not a retention period", () => {
    const table = ["| Period | Requests received |", "| --- | --- |", "| 30 days | 1,204 |", "| 12 months | 9,876 |"].join("\n");
    expect(of(read(table), "duration").map((d) => d.role)).toEqual(["other", "other"]);
    const retention = ["| Data | Retention period |", "| --- | --- |", "| Logs | 90 days |"].join("\n");
    expect(of(read(retention), "duration").map((d) => d.role)).toEqual(["retention"]);
  });
});

describe("rights and their laws", () => {
  it("skips rights the clause denies", () => {
    expect(rights("No automated decision making takes place. Olvid will never request access to your contacts.")).toEqual([]);
    expect(rights("You have the right not to be subject to automated decision-making.")).toEqual(["automated-decision:none"]);
  });

  it("ties a right to the law of its heading, its paragraph or its sentence", () => {
    const text = [
      "## Your California Privacy Rights",
      "",
      "You have the right to know what we collect.",
      "",
      "## Other US State Users",
      "",
      "You may request deletion of your data.",
      "",
      "## Everyone",
      "",
      "If you live in the EEA, you have the right to data portability.",
      "",
      "You can correct your profile information in Settings.",
    ].join("\n");
    expect(rights(text)).toEqual(["access:ccpa", "deletion:us-states", "portability:eu-gdpr", "correction:none"]);
  });

  it("reads a list of rights after a colon as under its introduction", () => {
    const text = ["For California residents, the CCPA provides the following rights:", "", "* Right to delete your personal information.", "* Right to opt out of the sale of your personal information."].join("\n");
    expect(rights(text)).toEqual(["deletion:ccpa", "opt-out-sale:ccpa"]);
  });

  it("reads rights in German and French", () => {
    expect(rights("Sie haben das Recht auf Auskunft, Berichtigung und Löschung.")).toEqual(["access:none", "correction:none", "deletion:none"]);
    expect(rights("Vous disposez d’un droit d’accès et d’un droit d’opposition.")).toEqual(["access:none", "objection:none"]);
  });
});

describe("sentences and dates", () => {
  it("does not end a sentence at an abbreviation", () => {
    const text = "The CNIL registered it under No. 78-17 of the law. Next sentence.";
    expect(sentenceAround(text, 30, 35).quote).toBe("The CNIL registered it under No. 78-17 of the law.");
    const eg = "We use data (e.g. your device) to help. Next.";
    expect(sentenceAround(eg, 20, 25).quote).toBe("We use data (e.g. your device) to help.");
  });

  it("reads the date formats policies use", () => {
    const dates = (t: string) => detectDates(t).map((d) => (d.kind === "effective-date" ? d.date : ""));
    expect(dates("Last updated: 17 April 2024")).toEqual(["2024-04-17"]);
    expect(dates("Last updated: 04/17/2024")).toEqual(["2024-04-17"]);
    expect(dates("Last updated: 20/08/2026")).toEqual(["2026-08-20"]);
    expect(dates("Mise à jour : 3 mars 2024")).toEqual(["2024-03-03"]);
    expect(dates("Stand: 17. April 2024")).toEqual(["2024-04-17"]);
  });
});

describe("hostile input", () => {
  it("bounds the work on a text that repeats one fact thousands of times", () => {
    const text = "You have the right to access your data under the GDPR. ".repeat(20_000);
    const started = Date.now();
    const x = extractPolicy(text, { format: "text" });
    expect(of(x.proposals, "right").length).toBeLessThanOrEqual(5_000);
    expect(of(x.proposals, "jurisdiction").length).toBeLessThanOrEqual(5_000);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);
});
