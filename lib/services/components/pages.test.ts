import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import PolicyPage from "@/app/[locale]/services/[slug]/policy/[version]/page";
import ServicePage from "@/app/[locale]/services/[slug]/page";
import ServicesPage from "@/app/[locale]/services/page";
import { loadMessages } from "@/lib/i18n/catalog";
import { loadDocumentText } from "../documents/load";

vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ replace: () => undefined }),
  usePathname: () => "/services",
  useSearchParams: () => new URLSearchParams(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "accept-language": "de-DE,de;q=0.9" }) }));

// Server components are async functions of promised params (Next 16); rendering their result to
// static markup checks what a reader gets without a browser.
// The pages' words come from the English messages, as the layout's provider gives them.
const renderToStaticMarkup = (node: ReactNode, locale = "en") =>
  renderMarkup(createElement(NextIntlClientProvider, { locale, messages: loadMessages(locale), timeZone: "UTC", children: node }));
const props = <P, S>(params: P, searchParams: S) => ({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
const decode = (html: string) =>
  html
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

describe("/services", () => {
  it("lists every service with a link", async () => {
    const html = renderToStaticMarkup(await ServicesPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain('href="/services/trakt"');
    expect(html).toContain('href="/services/netflix"');
  });

  it("searches the catalogue from the URL, without JavaScript", async () => {
    const html = renderToStaticMarkup(await ServicesPage({ searchParams: Promise.resolve({ q: "shufa" }) }));
    expect(html).toContain('href="/services/schufa"');
    expect(html).toContain("Datenanfragen.de");
    const none = renderToStaticMarkup(await ServicesPage({ searchParams: Promise.resolve({ q: "🙂".repeat(5000), category: "nope" }) }));
    expect(none).toContain("Nothing found");
  });
});

describe("/services/[slug]", () => {
  it("shows the latest Trakt version with the CCPA disclaimer as a warning and links every fact", async () => {
    const html = renderToStaticMarkup(await ServicePage(props({ slug: "trakt" }, {})));
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/<li class="notice warn">The service says it is not governed by <strong>CCPA \(California\)<\/strong>/);
    expect(html).toContain("/services/trakt/policy/2022-03-29?start=");
    expect(html).toContain("#cited");
    expect(html).toContain("Compared with the previous version: Effective 13 September 2018.");
  });

  it("switches version with ?version= and shows the 30-day promise", async () => {
    const html = decode(renderToStaticMarkup(await ServicePage(props({ slug: "trakt" }, { version: "2018-09-13" }))));
    expect(html).toContain("within 30 days, as JSON files");
    expect(html).toContain("Personal Information Request");
    expect(html).not.toContain("This is the oldest version");
  });

  it("warns about an unknown version and falls back to the latest", async () => {
    const html = decode(renderToStaticMarkup(await ServicePage(props({ slug: "netflix" }, { version: "1999" }))));
    expect(html).toContain("There is no version “1999”; showing the latest.");
    expect(html).toContain("Information Commissioner's Office");
  });

  it("speaks German on a German page, the policy's quotes untouched", async () => {
    const html = decode(renderToStaticMarkup(await ServicePage(props({ slug: "trakt" }, {})), "de"));
    expect(html).toContain("Welche Rechte sie gewährt");
    expect(html).toContain("Der Dienst erklärt, nicht unter folgende Vorschriften zu fallen:");
    expect(html).not.toContain("Rights it grants");
  });

  it("is a 404 for an unknown service", async () => {
    // MySpace used to be the example; the catalogue now knows it.
    await expect(ServicePage(props({ slug: "no-such-company" }, {}))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it("shows a catalogue company's contact facts with their source and quality", async () => {
    const html = decode(renderToStaticMarkup(await ServicePage(props({ slug: "schufa" }, {}))));
    expect(html).toContain("SCHUFA Holding AG");
    expect(html).toContain("datenschutz@schufa.de");
    expect(html).toContain("Datenanfragen.de record “schufa”");
    expect(html).toContain("verified");
    expect(html).toContain("https://www.schufa.de/de/datenschutz/");
  });

  it("shows Netflix's contact facts beside its policy record", async () => {
    const html = decode(renderToStaticMarkup(await ServicePage(props({ slug: "netflix" }, {}))));
    expect(html).toContain("Netflix International B.V.");
    expect(html).toContain("Rights it grants");
  });
});

describe("/services/[slug]/policy/[version]", () => {
  const text = loadDocumentText("trakt-2018-09-13");
  const quote = "We will respond within 30 days with JSON files containing all your information.";
  const start = text.indexOf(quote);

  it("marks the cited range with id=cited and renders the rest as text", async () => {
    const html = renderToStaticMarkup(
      await PolicyPage(props({ slug: "trakt", version: "2018-09-13" }, { start: String(start), end: String(start + quote.length) })),
    );
    expect(html).toContain(`<mark id="cited" tabindex="-1">${quote}</mark>`);
    // The Markdown capture is shown as text: a link is written out with its address, never made an anchor.
    expect(html).toContain("[email\u00a0protected] (https://web.archive.org/cdn-cgi/l/email-protection#7704020707180503370305161c03590301)");
    expect(html).not.toContain("**");
    expect(html).not.toContain('href="https://web.archive.org/cdn-cgi');
  });

  it("ignores a range outside the document", async () => {
    const html = renderToStaticMarkup(await PolicyPage(props({ slug: "trakt", version: "2018-09-13" }, { start: "5", end: "999999" })));
    expect(html).not.toContain("<mark");
    expect(html).toContain("That passage is not in this document");
  });

  it("is a 404 for an unknown version", async () => {
    await expect(PolicyPage(props({ slug: "trakt", version: "2030-01-01" }, {}))).rejects.toThrow();
  });
});
