import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { extractPolicy } from "../../extractor/extract";
import { buildCustomRecord } from "../build-record";
import { loadMessages } from "@/lib/i18n/catalog";
import { KIND_GROUPS } from "../labels";
import { toChoice, toProposalViews } from "../proposals";
import { PROPOSAL_KINDS, saveCustomServiceSchema } from "../schema";
import { CustomRecordView } from "./custom-record-view";
import { PageList } from "./custom-facts";

// The components read their words from the messages, as the page's provider gives them.
const renderToStaticMarkup = (node: ReactNode, locale = "en") =>
  renderMarkup(createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC", children: node }));

const TEXT = [
  "Effective date: 2 January 2024.",
  'Under the GDPR you have the right of access. Email <img src=x onerror=alert(1)>privacy@example.org<script>alert("x")</script> to ask; we respond within 30 days.',
  "To delete your data visit https://example.org/privacy/delete.",
].join("\n");

function record() {
  const extraction = extractPolicy(TEXT, { format: "text" });
  const input = saveCustomServiceSchema.parse({
    name: "<b>Evil</b>",
    sourceName: null,
    sourceText: extraction.text,
    proposals: toProposalViews(extraction).map(toChoice),
  });
  const built = buildCustomRecord(input);
  if (!built.ok) throw new Error(built.reason);
  return built.record;
}

describe("CustomRecordView", () => {
  const html = renderToStaticMarkup(createElement(CustomRecordView, { serviceId: "abc", record: record() }));

  it("links every fact to its words on the service's own page", () => {
    expect(html).toContain('href="/services/custom/abc?start=');
    expect(html).toContain("#cited");
    expect(html).toContain("privacy@example.org");
    expect(html).toContain("Access (a copy of my data)");
    expect(html).toContain("within 30 days");
    expect(html).toContain('href="https://example.org/privacy/delete" rel="noopener noreferrer nofollow"');
  });

  it("shows the policy's markup as text, never as elements", () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;privacy@example.org&lt;script&gt;");
  });

  it("does not turn a non-http address into a link", () => {
    const citation = { document: "custom:x", start: 0, end: 4, quote: "Link" };
    const list = renderToStaticMarkup(createElement(PageList, { serviceId: "abc", items: [{ label: "x", url: "javascript:alert(1)", rights: [], citation }] }));
    expect(list).not.toContain('href="javascript');
    expect(list).toContain("javascript:alert(1)");
  });
});

describe("review labels", () => {
  it("put every kind of proposal in exactly one group", () => {
    const grouped = KIND_GROUPS.flatMap((g) => g.kinds).sort();
    expect(grouped).toEqual([...PROPOSAL_KINDS].sort());
  });
});

describe("CustomRecordView in German", () => {
  it("names the facts in German", () => {
    const html = renderToStaticMarkup(createElement(CustomRecordView, { serviceId: "abc", record: record() }), "de");
    expect(html).toContain("Auskunft (eine Kopie meiner Daten)");
    expect(html).toContain("innerhalb von 30 Tagen");
    expect(html).toContain("Gültig ab 2. Januar 2024.");
    expect(html).not.toContain("You kept");
  });
});
