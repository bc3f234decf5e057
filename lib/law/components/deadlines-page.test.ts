import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import DeadlinesPage from "@/app/[locale]/deadlines/page";
import RegimeDeadlinesPage, { generateStaticParams } from "@/app/[locale]/deadlines/[regime]/page";
import { loadMessages } from "@/lib/i18n/catalog";
import { REGIME_LIST } from "@/lib/law/regimes";

// setRequestLocale needs the server's request scope, which a page called as a function lacks.
vi.mock("next-intl/server", async (original) => ({ ...(await original<typeof import("next-intl/server")>()), setRequestLocale: () => undefined }));

// The pages' words come from the English messages, as the layout's provider gives them.
const renderToStaticMarkup = (node: ReactNode) =>
  renderMarkup(createElement(NextIntlClientProvider, { locale: "en", messages: loadMessages("en"), timeZone: "UTC", children: node }));

async function render(params: Record<string, string | string[] | undefined>): Promise<string> {
  const element = await DeadlinesPage({ searchParams: Promise.resolve(params) });
  return renderToStaticMarkup(createElement(() => element));
}

async function renderLaw(regime: string): Promise<string> {
  const element = await RegimeDeadlinesPage({ params: Promise.resolve({ locale: "en", regime }) });
  return renderToStaticMarkup(createElement(() => element));
}

describe("/deadlines page", () => {
  // generateMetadata reads the locale segment on the server (e2e/i18n.spec.ts checks the German title).
  it("has its title in every language", () => {
    const title = (locale: string) => (loadMessages(locale) as { deadlines: { index: { meta: string } } }).deadlines.index.meta;
    expect(title("en")).toBe("How deadlines are computed");
    expect(title("de")).toBe("Wie Fristen berechnet werden");
  });

  it("renders the form and an index of every law without a query, with no alert, and no law's details", async () => {
    const html = await render({});
    expect(html).toMatch(/<form[^>]*action="\/deadlines" method="get"/);
    expect(html).toContain('<label for="receivedOn">');
    for (const regime of REGIME_LIST) expect(html).toContain(`href="/deadlines/${regime.id}"`);
    expect(html).toContain("Iowa (ICDPA)");
    expect(html).not.toContain("Autoriteit Persoonsgegevens");
    expect(html).not.toContain("Mont. Code Ann.");
    expect(html).not.toContain('role="alert"');
  });

  it("gives each law its own page, built once, the EU's with its authorities", async () => {
    expect(
      generateStaticParams()
        .map((p) => p.regime)
        .sort(),
    ).toEqual(REGIME_LIST.map((r) => r.id).sort());
    const eu = await renderLaw("eu-gdpr");
    expect(eu).toContain("Autoriteit Persoonsgegevens");
    expect(await renderLaw("us-ia")).not.toContain("Autoriteit Persoonsgegevens");
  });

  it("computes and explains a deadline from the query", async () => {
    const html = await render({ regime: "uk-gdpr", right: "access", receivedOn: "2025-03-31" });
    expect(html).toMatch(/<time dateTime="2025-04-30">Wednesday,? 30 April 2025<\/time>/);
    expect(html).toContain("ICO guidance");
    expect(html).toContain("Information Commissioner&#x27;s Office");
  });

  it("shows the engine's message in an alert next to the form, and keeps the answers", async () => {
    const html = await render({ regime: "pipeda", right: "portability", receivedOn: "2025-02-30" });
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/does not exist in the calendar|does not grant/);
    expect(html).toContain('value="2025-02-30"');
  });

  it("shows schema errors next to their fields", async () => {
    const html = await render({ regime: "nowhere", right: "access", receivedOn: "tomorrow" });
    expect(html).toContain('role="alert"');
    expect(html).toContain('id="regime-error"');
    expect(html).toContain('aria-describedby="receivedOn-hint receivedOn-error"');
  });

  // Issue 13: the page explains how each law counts, the new laws included.
  it("explains each jurisdiction's rule for a deadline on a day off, with its source, for the new laws too", async () => {
    const html = (await Promise.all(REGIME_LIST.map((regime) => renderLaw(regime.id)))).join("\n");
    for (const label of ["Montana (MCDPA)", "Quebec (Law 25)", "Japan (APPI)", "South Korea (PIPA)", "Australia (Privacy Act)", "India (DPDP Act)"]) {
      expect(html).toContain(label);
    }
    expect(html).toContain("Mont. Code Ann. §§1-1-306, 1-1-307");
    expect(html).toContain("Interpretation Act of Québec (CQLR c. I-16) ss. 52, 61(23)");
    expect(html).toContain("Cal. Civ. Code §§7, 9, 10, 12");
    expect(html).toContain("Its rights take effect on 2027-05-13");
  });

  it("says in words that a right is not yet in force, instead of a date", async () => {
    const html = await render({ regime: "in-dpdp", right: "access", receivedOn: "2026-12-01" });
    expect(html).toContain('role="alert"');
    expect(html).toContain("takes effect on 2027-05-13");
  });
});
