import { describe, expect, it } from "vitest";
import { collectCitations, citationMatches } from "../citations";
import { extractPolicy } from "../extractor/extract";
import { buildCustomRecord, slugify } from "./build-record";
import { toChoice, toProposalViews } from "./proposals";
import { saveCustomServiceSchema, type ProposalChoice } from "./schema";

const HTML = `<!doctype html><html><head><title>Privacy</title><script>steal()</script></head><body>
<h1>Example privacy notice</h1><p>Last updated: 1 March 2023</p>
<p>Under the GDPR you have the right of access and the right to erasure. We will respond within 30 days.</p>
<p>Write to <a href="mailto:privacy@example.org">privacy@example.org</a>.
To delete your account visit <a href="https://example.org/account/delete">account settings</a>.
Read our blog at <a href="https://blog.example.org/">the blog</a>.</p>
<p>We keep logs for 13 months.</p></body></html>`;

function review() {
  const extraction = extractPolicy(HTML, { format: "html" });
  return { text: extraction.text, choices: toProposalViews(extraction).map(toChoice) };
}
const save = (choices: ProposalChoice[], text: string) =>
  buildCustomRecord(saveCustomServiceSchema.parse({ name: "Exämple Ltd!", sourceName: "policy.html", sourceText: text, proposals: choices }));

describe("buildCustomRecord", () => {
  it("proposes the same facts again from the saved text, so choices line up", () => {
    const { text, choices } = review();
    expect(toProposalViews(extractPolicy(text, { format: "text" })).map(toChoice)).toEqual(choices);
  });

  it("builds a record whose citations all point into the saved text", () => {
    const { text, choices } = review();
    const built = save(choices, text);
    if (!built.ok) throw new Error(built.reason);
    expect(built.slug).toBe("example-ltd");
    expect(built.record.serviceName).toBe("Exämple Ltd!");
    expect(built.record.channels.map((c) => (c.kind === "email" ? c.address : null))).toEqual(["privacy@example.org"]);
    expect(built.record.rights.map((r) => r.right).sort()).toEqual(["access", "deletion"]);
    expect(built.record.effectiveDate?.date).toBe("2023-03-01");
    expect(built.record.timelines).toMatchObject([{ statedByPolicy: true, days: 30 }]);
    expect(built.record.retention).toMatchObject([{ months: 13 }]);
    const citations = collectCitations(built.record);
    expect(citations.length).toBeGreaterThan(5);
    for (const { path, citation } of citations) expect(citationMatches(citation, text), path).toBe(true);
  });

  it("keeps a ticked link even where its sentence is not about your data, and drops unticked facts", () => {
    const { text, choices } = review();
    const built = save(
      choices.map((c) => (c.kind === "email" ? { ...c, accepted: false } : c)),
      text,
    );
    if (!built.ok) throw new Error(built.reason);
    expect(built.record.channels).toEqual([]);
    expect(built.record.selfService.map((p) => p.url)).toEqual(["https://example.org/account/delete", "https://blog.example.org/"]);
  });

  it("applies edited values and counts the changes (both mentions of the address, one time limit)", () => {
    const { text, choices } = review();
    const edited = choices.map((c) =>
      c.kind === "email" ? { ...c, value: "DPO@Example.org" } : c.kind === "duration" && c.role === "response" ? { ...c, value: "1 month" } : c,
    );
    const built = save(edited, text);
    if (!built.ok) throw new Error(built.reason);
    expect(built.record.channels).toMatchObject([{ address: "dpo@example.org" }]);
    expect(built.record.timelines).toMatchObject([{ statedByPolicy: true, months: 1 }]);
    expect(built.record.notes[0]).toMatch(/changed 3 of them/);
  });

  it("refuses choices that do not match the text: a moved span, another kind, a repeated index, another text", () => {
    const { text, choices } = review();
    const first = choices[0]!;
    expect(save([{ ...first, start: first.start + 1 }], text)).toEqual({ ok: false, reason: "stale" });
    expect(save([{ ...first, kind: first.kind === "url" ? "email" : "url", value: "https://example.org/" }], text)).toEqual({ ok: false, reason: "stale" });
    expect(save([first, first], text)).toEqual({ ok: false, reason: "stale" });
    expect(save([{ ...first, index: 999 }], text)).toEqual({ ok: false, reason: "stale" });
    expect(save(choices, `${text}\r\n`)).toEqual({ ok: false, reason: "stale" });
    expect(saveCustomServiceSchema.safeParse({ name: "X", sourceName: null, sourceText: `${text}\u0000`, proposals: choices }).success).toBe(false);
  });
});

describe("slugify", () => {
  it("makes a short ASCII slug, with a fallback", () => {
    expect(slugify("Ça Va  Café!")).toBe("ca-va-cafe");
    expect(slugify("日本")).toBe("service");
    expect(slugify("a".repeat(80)).length).toBe(60);
  });
});
