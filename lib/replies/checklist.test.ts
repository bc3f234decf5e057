import { describe, expect, it } from "vitest";
import { answerChecklist } from "@/lib/requests/answer-check";
import { checklistCoverage } from "./checklist";
import { PARTIAL_ANSWER_TEXT } from "./fixtures";

describe("checklistCoverage", () => {
  it("covers what the reply says and what its files deliver, and lists the rest as missing", () => {
    const files = [
      { name: "export.zip", kind: "archive" as const },
      { name: "export/profile.json", kind: "json" as const, inArchive: "export.zip" },
      { name: "export/viewing-history.csv", kind: "csv" as const, inArchive: "export.zip" },
    ];
    const coverage = checklistCoverage(answerChecklist("eu-gdpr", ["access", "portability"]), PARTIAL_ANSWER_TEXT, files);
    expect(coverage.received).toEqual([
      "access.copy",
      "access.purposes",
      "access.categories",
      "access.recipients",
      "access.complaint",
      "portability.machine-readable",
    ]);
    expect(coverage.missing).toEqual([
      "access.retention",
      "access.rights",
      "access.source",
      "access.automated",
      "access.transfers",
      "portability.provided-data",
    ]);
    const purposes = coverage.sections[0]!.items.find((i) => i.id === "access.purposes");
    expect(purposes?.quote).toBe("We process your data for the purposes of providing the streaming service, billing and fraud prevention.");
    expect(coverage.machineReadable).toEqual(["export.zip › export/profile.json", "export.zip › export/viewing-history.csv"]);
  });

  it("does not count the quoted request as the company's words", () => {
    const coverage = checklistCoverage(answerChecklist("eu-gdpr", ["access"]), "Thanks.\n\n> the source, the storage period and automated decision-making", []);
    expect(coverage.received).toEqual([]);
  });

  it("reads German replies and CCPA categories", () => {
    const de = checklistCoverage(
      answerChecklist("eu-gdpr", ["access"]),
      "Wir verarbeiten Ihre Daten zu folgenden Zwecken: Vertragserfüllung. Die Speicherdauer beträgt zehn Jahre.",
      [],
    );
    expect(de.received).toEqual(["access.purposes", "access.retention"]);
    const ccpa = checklistCoverage(
      answerChecklist("ccpa", ["access"]),
      "The categories of personal information we collected are identifiers and commercial information.",
      [{ name: "data.csv", kind: "csv" }],
    );
    expect(ccpa.received).toEqual(["access.pieces", "access.categories", "access.portable"]);
  });
});
