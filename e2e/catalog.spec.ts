import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { simpleParser } from "mailparser";
import type { Page } from "@playwright/test";
import { expect, signIn, test, uniqueEmail } from "./support/fixtures";

// The catalogue as a new user meets it: search with typos, a company's page with the source of each
// fact, the wizard for a dataset company, a web-form-only company, and a complaint to a Land authority.

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `${SHOTS}/catalog-${name}-${width}.png`, fullPage: true });
  }
}

async function step(page: Page, button: RegExp, url: RegExp, heading: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Rights, location (Germany) and the details every letter needs, from the rights step on. */
async function accessFromGermany(page: Page, fillDetails: (page: Page) => Promise<void> = async () => undefined) {
  await expect(page.getByRole("heading", { name: "What do you want?" })).toBeVisible();
  await page.getByLabel(/^Access/).check();
  await step(page, /Continue: where you live/, /\/location$/, "Where do you live?");
  await page.getByLabel("Country where you live").selectOption("DE");
  await step(page, /Continue: your details/, /\/details$/, "How can they find you?");
  await page.getByLabel("Your full name").fill("Jana Muster");
  await page.getByLabel("Your email address").fill("jana@example.org");
  await fillDetails(page);
  await step(page, /^Continue$/, /\/review$/, "Review the letter");
  await step(page, /choose how to send it/, /\/send$/, "Send it yourself");
}

test.describe("a new user in Germany", () => {
  test.use({ timezoneId: "Europe/Berlin", locale: "de-DE" });
  // A German browser whose owner chose the English interface in the switcher: the letter still
  // starts in German (the browser's and the company's language); the page text is English.
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  });

  test("types 'shufa', picks SCHUFA, is asked for its address, tracks an access request and complains in Bavaria", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    await signIn(page, mailbox, uniqueEmail("catalog"), "/requests/new");
    await page.getByLabel("Company, brand or website").fill("shufa");
    const results = page.getByRole("form", { name: "Search results" });
    await expect(results.getByText("SCHUFA Holding AG")).toBeVisible();
    await expect(page).toHaveURL(/q=shufa/);
    await shoot(page, "search");
    await results.getByLabel(/SCHUFA Holding AG/).check();
    await results.getByRole("button", { name: "Write to the chosen company" }).click();
    await expect(page).toHaveURL(/\/rights$/);

    await accessFromGermany(page, async () => {
      // SCHUFA's record requires the postal address: refused without it.
      await page.getByRole("button", { name: /^Continue$/ }).click();
      await expect(page.getByText("Enter your postal address: the service asks for it.")).toBeVisible();
      await expect(page.getByLabel("Username")).toHaveCount(0);
      await page.getByLabel(/Your postal address/).fill("Marienplatz 1\n80331 München");
    });
    // Addressed to the legal entity, at the privacy address of its record.
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .eml" }).click()]);
    const eml = await simpleParser(await readFile(await file.path()));
    expect(eml.to && !Array.isArray(eml.to) ? eml.to.value[0]?.address : null).toBe("datenschutz@schufa.de");
    expect(eml.to && !Array.isArray(eml.to) ? eml.to.value[0]?.name : null).toBe("SCHUFA Holding AG");
    await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Request to SCHUFA Holding AG" })).toBeVisible();
    const requestUrl = page.url();

    await page.goto(`${requestUrl}/complaint`);
    await page.getByLabel("Authority (by where you live)").selectOption({ label: "Bavaria: Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)" });
    await page.getByRole("button", { name: "Use this authority" }).click();
    await expect(page).toHaveURL(/authority=DE-BY/);
    await expect(page.getByRole("link", { name: /Open Bayerisches Landesamt für Datenschutzaufsicht \(BayLDA\)'s complaint form/ })).toHaveAttribute(
      "href",
      "https://www.lda.bayern.de/de/beschwerde.html",
    );
    await expect(page.getByText(/Email: poststelle@lda\.bayern\.de/)).toBeVisible();
    // BayLDA takes complaints in German, and the request was written in German (SCHUFA's language).
    await expect(page.locator("pre").first()).toContainText("hiermit erhebe ich Beschwerde gegen SCHUFA Holding AG");
  });

  test("a web-form-only company leads with its form and the text to paste", async ({ page, mailbox }) => {
    test.setTimeout(120_000);
    await signIn(page, mailbox, uniqueEmail("webform"), "/requests/new?service=beitragsservice");
    await page.getByRole("button", { name: "Start the request" }).click();
    await accessFromGermany(page);
    const first = page.getByRole("heading", { level: 2 }).first();
    await expect(first).toHaveText("Send it through ARD ZDF Deutschlandradio Beitragsservice's web form");
    await expect(page.getByRole("link", { name: /privacy request form/ })).toHaveAttribute("href", /rundfunkbeitrag\.de\/datenschutz/);
    await expect(page.getByRole("button", { name: "Copy the text to paste into the form" })).toBeVisible();
    await shoot(page, "webform-send");
  });
});

test("a company page says where each fact comes from", async ({ page }) => {
  await page.goto("/services/schufa");
  await expect(page.getByRole("heading", { level: 1, name: "SCHUFA Holding AG" })).toBeVisible();
  await expect(page.getByText("datenschutz@schufa.de")).toBeVisible();
  await expect(page.getByRole("link", { name: "Datenanfragen.de record “schufa”" })).toBeVisible();
  await expect(page.getByText("verified", { exact: true })).toBeVisible();
  await expect(page.getByText(/CC0 1\.0/).first()).toBeVisible();
  await shoot(page, "company");
  await page.goto("/services/netflix");
  await expect(page.getByRole("heading", { name: "Where to send a request" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rights it grants" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search is a plain form, and any string gets results or 'nothing found'", async ({ page }) => {
    await page.goto("/services");
    await page.getByLabel("Company, brand or website").fill("netflx");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/services\?q=netflx/);
    await expect(page.getByRole("link", { name: "Netflix International B.V." })).toBeVisible();
    for (const q of ["x".repeat(10_000), '\'; DROP TABLE "Request"; --', "(a+)+$[", "🙂"]) {
      const response = await page.goto(`/services?q=${encodeURIComponent(q)}&category=credit+agency`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    }
    await page.goto("/services?category=credit+agency&country=de");
    await expect(page.getByRole("link", { name: "SCHUFA Holding AG" })).toBeVisible();
  });
});

test("three credit agencies in one run: three letters, three tracked requests, one batch", async ({ page, mailbox }) => {
  test.setTimeout(120_000);
  await signIn(page, mailbox, uniqueEmail("bulk"), "/requests/bulk?category=credit+agency&country=de");
  await expect(page.getByRole("checkbox", { name: "SCHUFA Holding AG" })).toBeChecked();
  await page.goto("/requests/bulk?pick=schufa&pick=crifbuergel&pick=infoscore");
  await expect(page.getByRole("button", { name: "Create 3 letters and track them" })).toBeVisible();
  await page.getByLabel("Country where you live").selectOption("DE");
  await page.getByLabel("Your full name").fill("Jana Muster");
  await page.getByLabel("Your email address").fill("jana@example.org");
  await shoot(page, "bulk");
  await page.getByRole("button", { name: "Create 3 letters and track them" }).click();
  await expect(page.getByRole("heading", { name: "3 of 3 created" })).toBeVisible();
  await shoot(page, "bulk-done");
  await page.getByRole("link", { name: "See this batch on the dashboard" }).click();
  await expect(page.getByText("Showing the requests you created together in one run.")).toBeVisible();
  for (const name of ["SCHUFA Holding AG", "CRIF GmbH", "infoscore Consumer Data GmbH"]) await expect(page.getByRole("link", { name }).first()).toBeVisible();
});

test("a correction is validated, used in the user's own letters only, and exported in the dataset's format", async ({ page, mailbox }) => {
  test.setTimeout(120_000);
  await signIn(page, mailbox, uniqueEmail("correct"), "/services/infoscore/correct");
  await page.getByLabel("Correct privacy email address").fill("not an address");
  await page.getByRole("button", { name: "Save my correction" }).click();
  await expect(page.getByText("That is not a valid email address.")).toBeVisible();
  await page.getByLabel("Correct privacy email address").fill("privacy-new@infoscore.example");
  await page.getByLabel("What was wrong (optional)").fill("Mail to the old address bounced");
  await page.getByRole("button", { name: "Save my correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const exported = await (await page.request.get("/account/corrections.json")).json();
  expect(exported.records[0]).toMatchObject({ slug: "infoscore", email: "privacy-new@infoscore.example", quality: expect.any(String) });

  await page.goto("/requests/new?service=infoscore");
  await page.getByRole("button", { name: "Start the request" }).click();
  // infoscore's record asks for the address and the date of birth, and the details step asks exactly that.
  await accessFromGermany(page, async () => {
    await page.getByLabel(/Your postal address/).fill("Marienplatz 1\n80331 München");
    await page.getByLabel(/Geburtsdatum/).fill("1990-01-01");
  });
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .eml" }).click()]);
  const eml = await simpleParser(await readFile(await file.path()));
  expect(eml.to && !Array.isArray(eml.to) ? eml.to.value[0]?.address : null).toBe("privacy-new@infoscore.example");
});
