import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { PDFDocument } from "pdf-lib";
import { formatLongDate } from "@/lib/law/labels";
import { isoDateIn } from "@/lib/requests/dates";
import { requestDue } from "@/lib/requests/due";
import { findVersion } from "@/lib/services/catalog";
import type { RegimeId, RightId } from "@/lib/law/types";
import { expect, signIn, test, uniqueEmail, type Mailbox, type Sql } from "./support/fixtures";

// The request wizard as a new user walks it: one URL per step, the letter checked for the right,
// the articles, the due date and the policy's own asks, and each way of sending it opened.

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
mkdirSync(SHOTS, { recursive: true });

/** Full-page screenshots of the current step on a phone and on a laptop. */
async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    // Two frames: the page has laid out and painted at the new size.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

const letterDate = (iso: string, locale = "en-GB") =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

function expectedDue(regime: RegimeId, rights: RightId[], timeZone: string) {
  const today = isoDateIn(new Date(), timeZone);
  return { today, ...requestDue(regime, rights, today) };
}

async function startFor(page: Page, mailbox: Mailbox, service: string, shots?: string) {
  await signIn(page, mailbox, uniqueEmail("wizard"), `/requests/new?service=${service}`);
  await expect(page.getByRole("heading", { name: "Start a request" })).toBeVisible();
  if (shots) await shoot(page, `${shots}-0-service`);
  await page.getByRole("button", { name: "Start the request" }).click();
  await expect(page).toHaveURL(/\/requests\/new\/[a-z0-9]+\/rights$/);
  await expect(page.getByRole("heading", { name: "What do you want?" })).toBeVisible();
}

async function next(page: Page, button: RegExp, url: RegExp, heading: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function details(page: Page, name = "Jane Doe", email = "jane@example.org") {
  await page.getByLabel("Your full name").fill(name);
  await page.getByLabel("Your email address").fill(email);
}

async function download(page: Page, link: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFile(await file.path());
}

async function markSent(page: Page, today: string, service: string) {
  await expect(page.getByLabel("I sent it on")).toHaveValue(today);
  await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
  await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Request to ${service}` })).toBeVisible();
}

test.describe("Netflix access from the UK", () => {
  test.use({ timezoneId: "Europe/London" });

  test("offers the download page first, writes an Art. 15 letter, and sends it every way", async ({ page, mailbox, context }) => {
    test.setTimeout(180_000);
    const due = expectedDue("uk-gdpr", ["access"], "Europe/London");
    await startFor(page, mailbox, "netflix", "netflix-uk");

    await page.getByLabel(/^Access/).check();
    const faster = page.getByRole("heading", { name: "Faster: do it yourself on Netflix" });
    await expect(faster).toBeVisible();
    await expect(page.getByRole("link", { name: "Get my info (request a copy)" })).toHaveAttribute("href", "https://www.netflix.com/account/getmyinfo");
    await shoot(page, "netflix-uk-1-rights");
    await next(page, /Continue: where you live/, /\/location$/, "Where do you live?");

    await page.getByLabel("Country where you live").selectOption("GB");
    await expect(page.getByText("UK General Data Protection Regulation")).toBeVisible();
    await shoot(page, "netflix-uk-2-location");
    await next(page, /Continue: your details/, /\/details$/, "How can they find you?");

    // Bad input is refused next to its field before anything is saved.
    await details(page, "J".repeat(201), "jane@example.org, boss@example.org");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Your name must be at most 200 characters.")).toBeVisible();
    await expect(page.getByText("Your email address is not a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Your full name")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/details$/);
    await details(page);
    await shoot(page, "netflix-uk-3-details");
    await next(page, /Continue/, /\/review$/, "Review the letter");

    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Dear Sir or Madam");
    await expect(letter).toContainText("Art. 15 UK GDPR");
    await expect(letter).toContainText(`at the latest by ${letterDate(due.dueDate)}`);
    await expect(letter).toContainText("Jane Doe");
    await expect(page.getByText(formatLongDate(due.dueDate), { exact: false }).first()).toBeVisible();
    const ask = page.getByRole("link", { name: /request a copy of your personal information/ });
    await expect(ask).toHaveAttribute("href", /^\/services\/netflix\/policy\/2024-04-17\?start=\d+&end=\d+#cited$/);
    await shoot(page, "netflix-uk-4-review");

    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(letter).toContainText("Sehr geehrte");
    await page.getByRole("button", { name: "English" }).click();
    await expect(letter).toContainText("Dear Sir or Madam");
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");

    // The fastest route first, then the letter's ways.
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.indexOf("Fastest: use Netflix's own page")).toBeLessThan(headings.indexOf("Or send the formal letter"));
    await expect(page.getByText(/too long for a mail link/)).toBeVisible();
    await shoot(page, "netflix-uk-5-send");

    const eml = await simpleParser(await download(page, "Download .eml"));
    expect(eml.to && !Array.isArray(eml.to) ? eml.to.value[0]?.address : null).toBe("privacy@netflix.com");
    expect(eml.from?.value[0]).toMatchObject({ name: "Jane Doe", address: "jane@example.org" });
    expect(eml.subject).toContain("Art. 15 UK GDPR");
    expect(eml.text).toContain(`at the latest by ${letterDate(due.dueDate)}`);
    expect(eml.headers.get("x-unsent")).toBe("1");

    const pdf = await PDFDocument.load(await download(page, "Download PDF"));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toContain("Art. 15 UK GDPR");

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy the letter" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Art. 15 UK GDPR");

    await markSent(page, due.today, "Netflix");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
    await expect(page.getByText("You sent the request")).toBeVisible();
    await shoot(page, "netflix-uk-6-request");
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "Netflix" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Requests", exact: true }).getByText("Sent, waiting for an answer")).toBeVisible();
    await shoot(page, "netflix-uk-7-dashboard");
  });
});

test.describe("Trakt deletion from Germany", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("back button and resume keep the answers; the German letter cites Art. 17 DSGVO", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("eu-gdpr", ["deletion"], "Europe/Berlin");
    await signIn(page, mailbox, uniqueEmail("trakt-de"), "/services/trakt");
    await page.getByRole("link", { name: "Write a request to Trakt" }).click();
    await expect(page.getByLabel(/^Trakt/)).toBeChecked();
    await page.getByRole("button", { name: "Start the request" }).click();
    await expect(page).toHaveURL(/\/rights$/);

    await page.getByLabel(/^Deletion/).check();
    await next(page, /Continue/, /\/location$/, "Where do you live?");
    await page.getByLabel("Country where you live").selectOption("DE");
    await next(page, /Continue/, /\/details$/, "How can they find you?");

    await page.goBack();
    await expect(page).toHaveURL(/\/location$/);
    await expect(page.getByLabel("Country where you live")).toHaveValue("DE");
    await page.goBack();
    await expect(page).toHaveURL(/\/rights$/);
    await expect(page.getByLabel(/^Deletion/)).toBeChecked();

    await page.goto("/requests/new");
    await page.getByRole("link", { name: /Trakt: continue at “Your details”/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "How can they find you?" })).toBeVisible();
    await details(page, "Max Müller", "max@example.de");
    await next(page, /Continue/, /\/specifics$/, "The specifics");

    await page.getByLabel("Only some of the data").check();
    await page.getByLabel("Which data?").fill("My forum comments\nMy watch history");
    await shoot(page, "trakt-de-4-specifics");
    await next(page, /review the letter/, /\/review$/, "Review the letter");

    await page.getByRole("button", { name: "Deutsch" }).click();
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Art. 17 DSGVO");
    await expect(letter).toContainText("My forum comments");
    await expect(letter).toContainText(letterDate(due.dueDate, "de-DE"));
    await expect(page.getByText("Before you send it")).toBeVisible();
    await shoot(page, "trakt-de-5-review");
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");

    const eml = await simpleParser(await download(page, "Download .eml"));
    expect(eml.from?.value[0]).toMatchObject({ name: "Max Müller", address: "max@example.de" });
    expect(eml.text).toContain("Art. 17 DSGVO");
    await markSent(page, due.today, "Trakt");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
  });
});

test.describe("Netflix correction from California", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("leaves out a right the CCPA does not grant and lists the corrections", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("ccpa", ["correction"], "America/Los_Angeles");
    await startFor(page, mailbox, "netflix");
    await page.getByLabel(/^Correction/).check();
    await page.getByLabel(/^Portability/).check();
    await next(page, /Continue/, /\/location$/, "Where do you live?");

    await page.getByLabel("Country where you live").selectOption("US");
    await page.getByLabel("State").selectOption("CA");
    await expect(page.getByText("California Consumer Privacy Act", { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/does not grant: Portability.*The letter leaves it out/)).toBeVisible();
    await shoot(page, "netflix-ca-2-location");
    await next(page, /Continue/, /\/details$/, "How can they find you?");
    await details(page, "Sam Lee", "sam@example.com");
    await page.getByLabel(/Email address of your Netflix account/).fill("sam.lee@example.com");
    await next(page, /Continue/, /\/specifics$/, "The specifics");

    await page.getByLabel("What is wrong (for example: date of birth)").fill("Date of birth");
    await page.getByLabel("What it says now (if you know)").fill("1 January 1990");
    await page.getByLabel("What it should say").fill("2 February 1990");
    await page.getByRole("button", { name: "Add another correction" }).click();
    await expect(page.getByRole("group", { name: "Correction 2" })).toBeVisible();
    await page.getByRole("button", { name: "Continue: review the letter" }).click();
    await expect(page.getByRole("group", { name: "Correction 2" }).getByText("Name the field to correct.")).toBeVisible();
    await page.getByRole("button", { name: "Remove correction 2" }).click();
    await expect(page.getByText("Some answers need fixing")).toBeHidden();
    await shoot(page, "netflix-ca-4-specifics");
    await next(page, /review the letter/, /\/review$/, "Review the letter");

    await expect(page.getByText(/Left out because the law where you live does not grant it: Portability/)).toBeVisible();
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("§1798.106");
    await expect(letter).toContainText("2 February 1990");
    await expect(letter).toContainText("sam.lee@example.com");
    await expect(letter).toContainText(letterDate(due.dueDate));
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
    await markSent(page, due.today, "Netflix");
    await expect(page.getByText("California (CCPA)")).toBeVisible();
  });

  test("says that Trakt 2022 disclaims the CCPA, and what that means", async ({ page, mailbox }) => {
    await startFor(page, mailbox, "trakt");
    await page.getByLabel(/^Access/).check();
    await next(page, /Continue/, /\/location$/, "Where do you live?");
    await page.getByLabel("Country where you live").selectOption("US");
    await page.getByLabel("State").selectOption("CA");
    await expect(page.getByText("Trakt's policy says it is not governed by the CCPA.")).toBeVisible();
    await expect(page.getByText(/What this means: the law decides whether it applies, not the policy/)).toBeVisible();
    await expect(page.getByRole("link", { name: /NOT CURRENTLY GOVERNED BY THE CCPA/ })).toHaveAttribute(
      "href",
      /^\/services\/trakt\/policy\/2022-03-29\?start=/,
    );
    await shoot(page, "trakt-ca-2-location");
  });
});

test.describe("Trakt portability from France", () => {
  test.use({ timezoneId: "Europe/Paris" });

  test("works with the keyboard alone and asks for a CSV under Art. 20 GDPR", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("eu-gdpr", ["portability"], "Europe/Paris");
    await startFor(page, mailbox, "trakt");
    await page.getByLabel(/^Portability/).focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel(/^Portability/)).toBeChecked();
    await page.getByRole("button", { name: /Continue/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/location$/);
    await page.getByLabel("Country where you live").focus();
    await page.getByLabel("Country where you live").selectOption("FR");
    await page.getByRole("button", { name: /Continue/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/details$/);
    await details(page, "Élise Durand", "elise@example.fr");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/specifics$/);
    await page.getByLabel("CSV").focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("CSV")).toBeChecked();
    await page.getByRole("button", { name: /Continue/ }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/review$/);
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Art. 20 GDPR");
    await expect(letter).toContainText("CSV");
    await expect(letter).toContainText(letterDate(due.dueDate));
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
    const pdf = await PDFDocument.load(await download(page, "Download PDF"));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    await markSent(page, due.today, "Trakt");
  });
});

async function userId(sql: Sql, page: Page): Promise<string> {
  const email = (await page.getByText(/^Signed in as /).textContent())!.replace("Signed in as ", "").trim();
  const [row] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  return row!.id;
}

test.describe("a custom service", () => {
  test.use({ timezoneId: "Europe/Amsterdam" });

  test("appears in step 1 for its owner and gets a letter", async ({ page, mailbox, sql }) => {
    test.setTimeout(120_000);
    await signIn(page, mailbox, uniqueEmail("custom"), "/dashboard");
    const owner = await userId(sql, page);
    const record = { ...findVersion("trakt", "2022-03-29")!, serviceName: "Example Club", serviceSlug: "example-club" };
    await sql(
      `INSERT INTO "CustomService" (id, "userId", name, slug, record, "sourceText", "sourceName", "createdAt", "updatedAt") VALUES ($1, $2, 'Example Club', 'example-club', $3, 'policy text', 'club.txt', now(), now())`,
      [`cs${Date.now().toString(36)}`, owner, JSON.stringify(record)],
    );
    await page.goto("/requests/new");
    await page.getByLabel(/^Example Club/).check();
    await page.getByRole("button", { name: "Start the request" }).click();
    await page.getByLabel(/^Access/).check();
    await next(page, /Continue/, /\/location$/, "Where do you live?");
    await page.getByLabel("Country where you live").selectOption("NL");
    await next(page, /Continue/, /\/details$/, "How can they find you?");
    await details(page);
    await next(page, /Continue/, /\/review$/, "Review the letter");
    await expect(page.getByRole("region", { name: "The letter" }).locator("pre")).toContainText("Art. 15 GDPR");
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
    await markSent(page, isoDateIn(new Date(), "Europe/Amsterdam"), "Example Club");
  });
});

test("one user cannot open, download or change another user's draft or request", async ({ page, mailbox, browser }) => {
  test.setTimeout(120_000);
  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signIn(intruder, mailbox, uniqueEmail("intruder"), "/dashboard");

  await startFor(page, mailbox, "netflix");
  const rightsUrl = page.url();
  await page.getByLabel(/^Access/).check();
  await next(page, /Continue/, /\/location$/, "Where do you live?");
  await page.getByLabel("Country where you live").selectOption("GB");
  await next(page, /Continue/, /\/details$/, "How can they find you?");
  await details(page);
  await next(page, /Continue/, /\/review$/, "Review the letter");
  await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
  const sendUrl = page.url();

  for (const url of [rightsUrl, sendUrl]) expect((await intruder.goto(url))?.status(), url).toBe(404);
  for (const file of ["letter.eml", "letter.pdf"]) expect((await intruder.request.get(sendUrl.replace(/send$/, file))).status()).toBe(404);
  expect((await page.request.get(sendUrl.replace(/send$/, "letter.eml"))).status()).toBe(200);

  await markSent(page, await page.evaluate(() => new Date().toLocaleDateString("en-CA")), "Netflix");
  expect((await intruder.goto(page.url()))?.status()).toBe(404);
  await intruder.goto("/dashboard");
  await expect(intruder.getByText("No requests yet")).toBeVisible();
  await other.close();
});
