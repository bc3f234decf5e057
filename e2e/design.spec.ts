import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail, type Sql } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// Every page, checked by machines (issue 16): axe finds no WCAG 2.1 AA violation in the light and
// the dark theme, and nothing scrolls sideways at 320 px (WCAG 1.4.10). With UX_SHOTS=<dir> it also
// writes each page at 390 and 1280 px (and dark at 390) for a person to look at.

const SHOTS = process.env.UX_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function frames(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 4)
        .join(" | ")}`,
  );
}

/** One page: axe in both colour schemes, reflow at 320 px, and the screenshots when asked for. */
async function check(page: Page, name: string, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await frames(page);
    expect.soft(await axeViolations(page), `axe on ${name} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });

  await page.setViewportSize({ width: 320, height: 640 });
  await frames(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
  expect.soft(scrollWidth, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(innerWidth);

  if (SHOTS) {
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await frames(page);
      await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize({ width: 390, height: 844 });
    await frames(page);
    await page.screenshot({ path: `${SHOTS}/${name}-390-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function userId(sql: Sql, email: string): Promise<string> {
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

test("signed out: home, services, a service page, deadlines and sign-in pass axe in both themes and reflow at 320 px", async ({ page }) => {
  test.setTimeout(120_000);
  await check(page, "01-home", "/");
  await check(page, "02-services", "/services");
  await check(page, "03-service-netflix", "/services/netflix");
  await check(page, "04-service-catalog", "/services/schufa");
  await check(page, "05-deadlines", "/deadlines");
  await check(page, "06-signin", "/signin");
});

test("signed in: every wizard step, the dashboard empty and full, a request with its letters, account and settings pass axe and reflow", async ({
  page,
  mailbox,
  sql,
}) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("design");
  await signIn(page, mailbox, email, "/dashboard");
  await check(page, "10-dashboard-empty", "/dashboard");
  await check(page, "11-wizard-service", "/requests/new");
  await check(page, "12-wizard-service-chosen", "/requests/new?service=netflix");

  // A draft that has every step answered, so each step can be shown as the user would find it.
  const draft = `e2edesign${Date.now().toString(36)}`;
  const data = {
    rights: ["access", "correction"],
    location: { country: "DE" },
    details: { name: "Jane Doe", email: "jane@example.org" },
    specifics: { correction: [{ field: "Postal address", currentValue: "Old Street 1, Berlin", correctValue: "New Street 2, Berlin" }] },
    language: "en",
    letterDate: isoDateIn(new Date(), "Europe/Berlin"),
  };
  await sql(`INSERT INTO "RequestDraft" (id, "userId", "serviceRef", data, step, "updatedAt") VALUES ($1, $2, 'netflix@2024-04-17', $3, 'send', now())`, [
    draft,
    await userId(sql, email),
    JSON.stringify(data),
  ]);
  for (const [index, step] of ["rights", "location", "details", "specifics", "review", "send"].entries()) {
    await check(page, `${13 + index}-wizard-${step}`, `/requests/new/${draft}/${step}`);
  }

  const fresh = await seedRequest(sql, email, {
    regime: "eu-gdpr",
    rights: ["access"],
    sentOn: isoDateIn(new Date(Date.now() - 3 * 86_400_000), "Europe/Berlin"),
    country: "DE",
  });
  const old = await seedRequest(sql, email, {
    regime: "uk-gdpr",
    rights: ["access"],
    sentOn: isoDateIn(new Date(Date.now() - 100 * 86_400_000), "Europe/London"),
    serviceName: "Old Co",
  });
  await check(page, "20-dashboard", "/dashboard");
  await check(page, "21-request", `/requests/${fresh.id}`);
  await check(page, "22-request-overdue", `/requests/${old.id}`);
  await check(page, "23-follow-up", `/requests/${old.id}/follow-up`);
  await check(page, "24-complaint", `/requests/${old.id}/complaint`);
  await check(page, "25-account", "/account");
  await check(page, "26-reminder-settings", "/settings/reminders");
  await check(page, "27-custom-services", "/services/custom");
  await check(page, "28-custom-service-new", "/services/custom/new");
});
