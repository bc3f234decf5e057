import type { Page } from "@playwright/test";
import { formatLongDate } from "@/lib/law/labels";
import type { RegimeId, RightId } from "@/lib/law/types";
import { isoDateIn } from "@/lib/requests/dates";
import { requestDue } from "@/lib/requests/due";
import { expect, signIn, test, uniqueEmail, type Mailbox } from "./support/fixtures";

// Issue 13: a requester in Montana, in Quebec, in Japan and in a country with no modelled law each
// get a letter citing the right law and a tracked request with the right date and authority.

const letterDate = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

function expectedDue(regime: RegimeId, rights: RightId[], timeZone: string, holidayRegion?: string) {
  const today = isoDateIn(new Date(), timeZone);
  return { today, ...requestDue(regime, rights, today, holidayRegion) };
}

async function next(page: Page, button: RegExp, url: RegExp, heading: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Rights and location for Trakt's access request; `place` picks the country (and state or province). */
async function walk(page: Page, mailbox: Mailbox, service: string, place: (page: Page) => Promise<unknown>, preview: string | RegExp) {
  await signIn(page, mailbox, uniqueEmail("laws"), `/requests/new?service=${service}`);
  await page.getByRole("button", { name: "Start the request" }).click();
  await expect(page).toHaveURL(/\/rights$/);
  await page.getByLabel(/^Access/).check();
  await next(page, /Continue/, /\/location$/, "Where do you live?");
  await place(page);
  await expect(page.getByText(preview).first()).toBeVisible();
  await next(page, /Continue/, /\/details$/, "How can they find you?");
  await page.getByLabel("Your full name").fill("Jane Doe");
  await page.getByLabel("Your email address").fill("jane@example.org");
  await next(page, /Continue/, /\/review$/, "Review the letter");
}

/** From the review to a tracked request; returns the request's URL. */
async function send(page: Page, today: string, serviceName: string): Promise<string> {
  await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
  await expect(page.getByLabel("I sent it on")).toHaveValue(today);
  await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
  await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Request to ${serviceName}` })).toBeVisible();
  return page.url();
}

async function expectAuthority(page: Page, requestUrl: string, name: string) {
  await page.goto(`${requestUrl}/complaint`);
  await expect(page.getByRole("heading", { name: "Where to complain" })).toBeVisible();
  await expect(page.getByText(name).first()).toBeVisible();
}

test.describe("Montana", () => {
  test.use({ timezoneId: "America/Denver" });

  test("cites the MCDPA, dates 45 days as Montana counts them, and names the Montana DOJ", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("us-mt", ["access"], "America/Denver");
    await walk(
      page,
      mailbox,
      "trakt",
      async (p) => {
        await p.getByLabel("Country where you live").selectOption("US");
        await p.getByLabel("State").selectOption("MT");
      },
      "Montana Consumer Data Privacy Act",
    );
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Mont. Code Ann. §30-14-2808");
    await expect(letter).toContainText(`at the latest by ${letterDate(due.dueDate)}`);
    const url = await send(page, due.today, "Trakt");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
    await expectAuthority(page, url, "Montana Department of Justice, Office of Consumer Protection");
  });
});

test.describe("Quebec", () => {
  test.use({ timezoneId: "America/Toronto" });

  test("offers Quebec as a province, cites Law 25, and names the Commission d'accès à l'information", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("ca-qc", ["access"], "America/Toronto");
    await walk(
      page,
      mailbox,
      "trakt",
      async (p) => {
        await p.getByLabel("Country where you live").selectOption("CA");
        await p.getByLabel("Province").selectOption("QC");
      },
      "Quebec's Law 25",
    );
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("P-39.1 s. 27");
    await expect(letter).toContainText(`at the latest by ${letterDate(due.dueDate)}`);
    const url = await send(page, due.today, "Trakt");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
    await expectAuthority(page, url, "Commission d'accès à l'information du Québec (CAI)");
  });
});

test.describe("Japan", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("cites the APPI, shows the two-week date as an estimate, and names the PPC", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("jp-appi", ["access"], "Asia/Tokyo");
    await walk(page, mailbox, "trakt", (p) => p.getByLabel("Country where you live").selectOption("JP"), "Act on the Protection of Personal Information");
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("APPI Art. 33");
    await expect(letter).toContainText(letterDate(due.dueDate));
    const url = await send(page, due.today, "Trakt");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
    await expectAuthority(page, url, "Personal Information Protection Commission (PPC)");
  });
});

test.describe("a country with no modelled law", () => {
  test.use({ timezoneId: "Africa/Lagos" });

  test("still gets a letter under the service's commitments, with 30 days no statute backs", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("commitments", ["access"], "Africa/Lagos");
    await walk(page, mailbox, "trakt", (p) => p.getByLabel("Country where you live").selectOption("XX"), /No statutory deadline backs that date/);
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("no statutory deadline backs the date below");
    await expect(letter).toContainText(letterDate(due.dueDate));
    await expect(letter).not.toContainText("supervisory authority");
    const url = await send(page, due.today, "Trakt");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
    await expectAuthority(page, url, "econsumer.gov");
  });

  test("gets a GDPR letter where the company is established in the EU (Art. 3(1)), dated with Dutch holidays", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    const due = expectedDue("eu-gdpr", ["access"], "Africa/Lagos", "NL");
    await walk(
      page,
      mailbox,
      "netflix",
      (p) => p.getByLabel("Country where you live").selectOption("XX"),
      /applies to its processing of your data wherever you live/,
    );
    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Art. 15 GDPR");
    await expect(letter).toContainText(letterDate(due.dueDate));
    await send(page, due.today, "Netflix");
    await expect(page.getByText(formatLongDate(due.dueDate)).first()).toBeVisible();
  });
});
