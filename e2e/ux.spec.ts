import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { formatLongDate } from "@/lib/law/labels";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, signInLink, test, uniqueEmail, type Sql } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// The defects a new user meets (issue 16): each test fails on the build before its fix.

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
mkdirSync(SHOTS, { recursive: true });

async function frames(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await frames(page);
    await page.screenshot({ path: `${SHOTS}/ux-${name}-${width}.png`, fullPage: true });
  }
}

/** WCAG 1.4.10: at 320 CSS px nothing makes the page scroll sideways. */
async function expectReflow(page: Page, where: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await frames(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${where} scrolls sideways at 320 px`).toBeLessThanOrEqual(innerWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const daysAgo = (days: number, zone = "UTC") => isoDateIn(new Date(Date.now() - days * 86_400_000), zone);

async function userId(sql: Sql, email: string): Promise<string> {
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in posts the form and sends the link; the wizard's steps work as plain forms, down to tracking a letter sent weeks ago", async ({
    page,
    mailbox,
  }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("nojs");
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/requests/new?service=netflix")}`);
    // Playwright's text locators skip <noscript>; what the browser shows is in innerText.
    expect(await page.evaluate(() => document.body.innerText)).toContain("JavaScript is off.");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    expect(page.url()).not.toContain("example.org");
    await page.goto(signInLink(await mailbox.waitFor(email)));
    await expect(page).toHaveURL(/\/requests\/new\?service=netflix$/);

    await page.getByRole("button", { name: "Start the request" }).click();
    await expect(page).toHaveURL(/\/requests\/new\/[A-Za-z0-9]+\/rights$/);
    // Nothing chosen: the refusal is shown on the re-rendered step.
    await page.getByRole("button", { name: /Continue: where you live/ }).click();
    await expect(page).toHaveURL(/\/rights\?retry=invalid$/);
    await expect(page.getByRole("alert")).toContainText("Some answers are missing or need fixing");
    await page.getByLabel(/^Access/).check();
    await page.getByRole("button", { name: /Continue: where you live/ }).click();
    await expect(page).toHaveURL(/\/location$/);
    await page.getByLabel("Country where you live").selectOption("GB");
    await page.getByRole("button", { name: /Continue: your details/ }).click();
    await expect(page).toHaveURL(/\/details$/);
    await page.getByLabel("Your full name").fill("Jane Doe");
    await page.getByLabel("Your email address").fill("jane@example.org");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByRole("region", { name: "The letter" })).toContainText("Art. 15 UK GDPR");
    await page.getByRole("button", { name: /choose how to send it/ }).click();
    await expect(page).toHaveURL(/\/send$/);
    expect(await page.evaluate(() => document.body.innerText)).toContain("Copying needs JavaScript");

    // A letter sent five weeks ago, before this draft was started.
    const sentOn = daysAgo(35);
    await page.getByLabel("I sent it on").fill(sentOn);
    await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
    await expect(page).toHaveURL(/\/requests\/[A-Za-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Request to Netflix" })).toBeVisible();
    await expect(page.getByText(`Sent ${formatLongDate(sentOn)}`).first()).toBeVisible();

    // Signing out is a form too.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test("the wizard: a stable six-step progress, focus on each new step's heading, named downloads, a pasted letter sent earlier, and no sideways scrolling", async ({
  page,
  mailbox,
}) => {
  test.setTimeout(150_000);
  await signIn(page, mailbox, uniqueEmail("ux"), "/requests/new?service=netflix");
  await page.getByRole("button", { name: "Start the request" }).click();
  await expect(page).toHaveURL(/\/rights$/);
  await expect(page.getByText(/Step 1 of 6/)).toBeVisible();
  await page.getByLabel(/^Access/).check();
  await expect(page.getByRole("link", { name: "Get my info (request a copy)" })).toBeVisible();
  await expectReflow(page, "the rights step");
  await shoot(page, "1-rights");

  await page.getByRole("button", { name: /Continue: where you live/ }).click();
  await expect(page).toHaveURL(/\/location$/);
  const heading = page.getByRole("heading", { level: 1, name: "Where do you live?" });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveAccessibleDescription(/Step 2 of 6: Where you live/);
  await page.getByLabel("Country where you live").selectOption("GB");
  await page.getByRole("button", { name: /Continue: your details/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How can they find you?" })).toBeFocused();
  await expect(page.getByText(/Step 3 of 6/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Steps of this request" })).toContainText("Specifics (not needed)");
  await page.getByLabel("Your full name").fill("Jane Doe");
  await page.getByLabel("Your email address").fill("jane.doe.with.a.rather.long.address@subdomain.example.org");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review the letter" })).toBeFocused();
  await expect(page.getByText(/Step 5 of 6/)).toBeVisible();
  await expectReflow(page, "the review step");
  await page.getByRole("button", { name: /choose how to send it/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send it yourself" })).toBeFocused();
  await expect(page.getByText(/Step 6 of 6/)).toBeVisible();
  await expectReflow(page, "the send step");
  await shoot(page, "2-send");

  const [eml] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .eml" }).click()]);
  expect(eml.suggestedFilename()).toMatch(/^netflix-access-\d{4}-\d{2}-\d{2}\.eml$/);
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^netflix-access-\d{4}-\d{2}-\d{2}\.pdf$/);

  // A letter the user wrote themselves and sent last year.
  const sentOn = daysAgo(200);
  await page.getByLabel("I sent it on").fill(sentOn);
  await page.getByText("I sent a letter I wrote myself").click();
  await page.getByLabel("The letter you sent (optional)").fill("Dear Netflix,\nplease send me a copy of my data.\nJane");
  await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Request to Netflix" })).toBeVisible();
  await expect(page.getByText(`Sent ${formatLongDate(sentOn)}`).first()).toBeVisible();
  await expect(page.getByText("please send me a copy of my data.").first()).toBeAttached();
  await expect(page.getByRole("link", { name: "Reminder settings" }).first()).toHaveAttribute("href", "/settings/reminders");
});

test("service pages show text, not Markdown or mojibake, one row per right, and reflow at 320 px", async ({ page }) => {
  await page.goto("/services/netflix");
  const main = page.locator("main");
  await expect(main).toContainText("Rights it grants");
  const text = (await main.textContent()) ?? "";
  expect(text).not.toContain("**");
  const deletion = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Deletion" }) });
  await expect(deletion).toContainText("delete");
  await expectReflow(page, "/services/netflix");
  await shoot(page, "3-netflix");

  await page.goto("/services/trakt?version=2022-03-29");
  await expect(page.getByRole("rowheader", { name: /^Access/ })).toHaveCount(1);
  expect((await main.textContent()) ?? "").not.toContain("**");
  await expectReflow(page, "/services/trakt");

  await page.goto("/services/trakt/policy/2022-03-29");
  // The policy text as shown; the note above it quotes the mis-decoding on purpose.
  const policy = (await main.locator("pre").textContent()) ?? "";
  expect(policy).not.toMatch(/â€|Â©|\*\*/);
  expect(policy).toContain("©");
  await expectReflow(page, "the Trakt policy text");

  await page.goto("/services/netflix/policy/2024-04-17");
  expect((await main.locator("pre").textContent()) ?? "").not.toMatch(/\*\*|\]\(https/);
  // The stored document stays as captured, byte for byte.
  expect(await (await page.request.get("/api/v1/documents/netflix-2024-04-17")).text()).toContain("**Last Updated:**");
  await expectReflow(page, "the Netflix policy text");
});

test("the home page, the favicon and the deadlines page", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);

  await page.goto("/");
  await expect(page.locator('section[role="listitem"]')).toHaveCount(0);
  await expect(page.locator("main").getByRole("listitem")).toHaveCount(3);
  await expectReflow(page, "/");

  await page.goto("/deadlines");
  await page.setViewportSize({ width: 390, height: 844 });
  await frames(page);
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight)).toBeLessThan(12_000);
  // 171 KB before the split; the index now carries the inlined stylesheet (about 14 KB) and the translated calculator.
  expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeLessThan(100_000);
  await page.getByRole("navigation", { name: "Each law's rules" }).getByRole("link", { name: "UK GDPR", exact: true }).click();
  await expect(page).toHaveURL(/\/deadlines\/uk-gdpr$/);
  await expect(page.getByRole("heading", { level: 2, name: "UK GDPR", exact: true })).toBeInViewport();
  await expectReflow(page, "/deadlines");
  await expectReflow(page, "/deadlines/eu-gdpr");
  await shoot(page, "4-deadlines");
});

test("tracking: reminder settings are linked, the follow-up speaks of a future deadline as future, the complaint names the authority's form, Done asks first", async ({
  page,
  mailbox,
  sql,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("ux-track");
  await signIn(page, mailbox, email, "/dashboard");
  const fresh = await seedRequest(sql, email, { regime: "uk-gdpr", rights: ["access"], sentOn: daysAgo(3, "Europe/London") });
  const old = await seedRequest(sql, email, { regime: "uk-gdpr", rights: ["access"], sentOn: daysAgo(100, "Europe/London"), serviceName: "Old Co" });

  await page.goto("/dashboard");
  await expect(page.getByText("When reminders are emailed:").getByRole("link", { name: "Reminder settings" })).toHaveAttribute("href", "/settings/reminders");
  await page.goto("/account");
  await expect(page.getByRole("link", { name: "Reminder settings" })).toHaveAttribute("href", "/settings/reminders");

  await page.goto(`/requests/${fresh.id}/follow-up`);
  await expect(page.getByText(/^The deadline is .+: it has not passed yet\.$/)).toBeVisible();
  await expect(page.getByText(/^The deadline was /)).toHaveCount(0);

  await page.goto(`/requests/${old.id}/complaint`);
  await expect(page.locator("main")).not.toContainText("company's contact form");
  await expect(page.locator("main")).toContainText("complaint form, or into an email to it");
  const [complaint] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  expect(complaint.suggestedFilename()).toMatch(/^old-co-complaint-\d{4}-\d{2}-\d{2}\.pdf$/);

  await page.goto("/dashboard");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Netflix", exact: true }) });
  await expect(card.getByRole("button", { name: /^Done/ })).toHaveCount(0);
  await card.getByText("Done…").click();
  await expect(card).toContainText("Mark the request to Netflix as done?");
  await card.getByRole("button", { name: "Yes, it is done: Netflix" }).click();
  await expect(card).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Old Co", exact: true })).toBeVisible();
});

test("a correction that would name the account by its new address is warned about at the review", async ({ page, mailbox, sql }) => {
  const email = uniqueEmail("ux-corr");
  await signIn(page, mailbox, email, "/dashboard");
  const id = `e2edraft${Date.now().toString(36)}`;
  const data = {
    rights: ["correction"],
    location: { country: "GB" },
    details: { name: "Jane Doe", email: "new@example.org" },
    specifics: { correction: [{ field: "Email address", currentValue: "old@example.org", correctValue: "new@example.org" }] },
  };
  await sql(`INSERT INTO "RequestDraft" (id, "userId", "serviceRef", data, step, "updatedAt") VALUES ($1, $2, 'netflix@2024-04-17', $3, 'review', now())`, [
    id,
    await userId(sql, email),
    JSON.stringify(data),
  ]);
  await page.goto(`/requests/new/${id}/review`);
  await expect(page.getByText(/finds your account by the account's email address, new@example.org/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Change your details" })).toHaveAttribute("href", `/requests/new/${id}/details`);
});

/** Marks Netflix done from the dashboard, finds the undo notice there, undoes it: Netflix is back. */
async function doneThenUndo(page: Page, sql: Sql, requestId: string) {
  await page.goto("/dashboard");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Netflix", exact: true }) });
  await card.getByText("Done…").click();
  await card.getByRole("button", { name: "Yes, it is done: Netflix" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Marked the request to Netflix as done." });
  await expect(notice).toBeVisible();
  await expect(card).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe("/dashboard");

  await notice.getByRole("button", { name: /^Undo/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone: the request to Netflix is as it was before." })).toBeVisible();
  await expect(card.getByText("Done…")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/dashboard");
  const events = await sql<{ type: string }>(`SELECT type FROM "RequestEvent" WHERE "requestId" = $1 ORDER BY "createdAt", id`, [requestId]);
  expect(events.map((e) => e.type)).toEqual(["sent", "completed", "undone"]);
  // The undo is offered once: the notice's link is spent.
  await page.goBack();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Marked the request to Netflix as done." })).toHaveCount(0);
}

test("Done on the dashboard: an undo notice right there takes it back without leaving the page", async ({ page, mailbox, sql }) => {
  const email = uniqueEmail("ux-undo");
  await signIn(page, mailbox, email, "/dashboard");
  const request = await seedRequest(sql, email, { regime: "uk-gdpr", rights: ["access"], sentOn: daysAgo(3, "Europe/London") });
  await doneThenUndo(page, sql, request.id);
});

test.describe("the dashboard's undo without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Done and its undo work as plain forms", async ({ page, mailbox, sql }) => {
    const email = uniqueEmail("ux-undo-nojs");
    await page.goto("/signin?callbackUrl=%2Fdashboard");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await page.goto(signInLink(await mailbox.waitFor(email)));
    const request = await seedRequest(sql, email, { regime: "uk-gdpr", rights: ["access"], sentOn: daysAgo(3, "Europe/London") });
    await doneThenUndo(page, sql, request.id);
  });
});
