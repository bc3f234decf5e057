import { describe, expect, it } from "vitest";
import { answerChecklist, checklistItemIds, itemsById, missingItems } from "./answer-check";

describe("answerChecklist", () => {
  it("lists every Art. 15(1) item, the copy and the transfer safeguards for a GDPR access answer", () => {
    const [access] = answerChecklist("eu-gdpr", ["access"]);
    const citations = access!.items.map((item) => item.citation);
    for (const point of ["a", "b", "c", "d", "e", "f", "g", "h"]) expect(citations).toContain(`GDPR Art. 15(1)(${point})`);
    expect(citations).toContain("GDPR Art. 15(3)");
    expect(citations).toContain("GDPR Art. 15(2)");
    expect(access!.items.every((item) => item.id.startsWith("access."))).toBe(true);
  });

  it("asks for a structured machine-readable format for portability, citing the UK GDPR in the UK", () => {
    const [portability] = answerChecklist("uk-gdpr", ["portability"]);
    expect(portability!.items[0]).toMatchObject({ id: "portability.machine-readable", citation: "UK GDPR Art. 20(1)" });
    expect(portability!.items[0]!.label).toMatch(/structured, commonly used, machine-readable/);
  });

  it("uses the CCPA's list for a right to know, and a plain confirmation for rights without a list", () => {
    const [know, optOut] = answerChecklist("ccpa", ["access", "opt-out-sale"]);
    expect(know!.items.map((item) => item.citation)).toContain("Cal. Civ. Code §1798.110(a)(1)");
    expect(optOut!.items.map((item) => item.id)).toEqual(["opt-out-sale.confirmed"]);
  });

  it("turns the unticked items into the follow-up's list, ignoring ids it does not know", () => {
    const sections = answerChecklist("eu-gdpr", ["access", "portability"]);
    const ticked = checklistItemIds(sections).filter((id) => id !== "access.retention" && id !== "portability.machine-readable");
    expect(missingItems(sections, [...ticked, "bogus"]).map((item) => item.id)).toEqual(["access.retention", "portability.machine-readable"]);
    expect(itemsById(sections, ["access.source", "nope"]).map((item) => item.ask)).toEqual([
      "any available information as to the source of data not collected from me",
    ]);
  });
});
