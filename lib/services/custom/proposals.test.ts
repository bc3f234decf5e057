import { describe, expect, it } from "vitest";
import { extractPolicy } from "../extractor/extract";
import { toProposalViews } from "./proposals";

describe("toProposalViews", () => {
  const text = [
    "Heading line",
    `${"Some long preamble words ".repeat(10)}contact dpo@example.org for help with ${"anything else you want to know about us ".repeat(5)}`,
    "During the past 12 months we collected identifiers. We reply within 30 days.",
  ].join("\n");
  const views = toProposalViews(extractPolicy(text, { format: "text" }));

  it("quotes each proposal with context from its own line, cut at words", () => {
    const email = views.find((v) => v.kind === "email")!;
    expect(email).toMatchObject({ quote: "dpo@example.org", value: "dpo@example.org", accepted: true });
    expect(email.before.startsWith("…")).toBe(true);
    expect(email.before.endsWith("contact ")).toBe(true);
    expect(email.after.endsWith("…")).toBe(true);
    expect(email.before).not.toContain("Heading");
    expect(text.slice(email.start, email.end)).toBe(email.quote);
  });

  it("leaves look-back periods unticked and reads durations as editable words", () => {
    const durations = views.filter((v) => v.kind === "duration").map((v) => [v.value, v.role, v.accepted]);
    expect(durations).toEqual([
      ["12 months", "other", false],
      ["30 days", "response", true],
    ]);
  });
});
