import type { Page } from "@playwright/test";
import { expect, signInLink, test, uniqueEmail } from "./support/fixtures";

// Every page in German, walked signed in: its title and its main content hold none of the English
// words that never occur in German UI. What is not ours is left out before reading: policy quotes,
// letters, addresses and links from the dataset, and proper names of laws and days.
const ENGLISH = (
  "the your you and with which what where when how this that from please request requests save delete search found kept policy should would " +
  "been has have days months deadline deadlines company companies sign none not any only their they law laws rights write"
).split(" ");
const WORD = new RegExp(`(?<![\\p{L}\\p{N}@./-])(?:${ENGLISH.join("|")})(?![\\p{L}\\p{N}@-])`, "giu");

// Names that stay as they are in German: acts, institutions, holidays, the DROP platform.
const PROPER_NAMES = [
  /Data \(Use and Access\) Act 2025/g,
  /Delete Request and Opt-out Platform/g,
  /Interpretation Acts?/g,
  /(?:Civil|Government) Code/g,
  /(?:Lincoln|Admission|Native American|Columbus|Victoria|Remembrance) Day/g,
];

async function germanText(page: Page): Promise<string> {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    // Company names in result lists and the law menu's names are proper names, not our words.
    const foreign = [
      "q, blockquote, pre, code, mark, .mono, [lang]:not([lang^='de']), a[href^='http'], a[href^='mailto'], [style*='pre-line'], #policy-text, dd ul",
      "label strong, li > a[href^='/services/'], li > h3 > a[href^='/services/']:not([href^='/services/custom']), a[href^='/requests/new?service='], select#regime",
    ].join(", ");
    copy.querySelectorAll(foreign).forEach((node) => node.remove());
    document.body.append(copy);
    const out = copy.innerText;
    copy.remove();
    return out;
  });
  return PROPER_NAMES.reduce((rest, name) => rest.replace(name, " "), text);
}

async function englishOn(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const words = [...(await germanText(page)).matchAll(WORD), ...(await page.title()).matchAll(WORD)].map((m) => m[0]);
  return [...new Set(words)];
}

test.describe("every German page", () => {
  test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

  test("holds no English words outside quotes and names", async ({ page, mailbox }) => {
    test.setTimeout(240_000);
    const email = uniqueEmail("i18n-walk");
    await page.goto("/signin?callbackUrl=%2Fdashboard");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByRole("button", { name: "Anmeldelink per E-Mail senden" }).click();
    await page.goto(signInLink(await mailbox.waitFor(email)));
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Anträge" })).toBeVisible();

    const pages = [
      "/",
      "/deadlines",
      "/deadlines/eu-gdpr",
      "/services",
      "/services?q=schufa",
      "/services/schufa",
      "/services/infoscore/correct",
      "/services/custom",
      "/services/custom/new",
      "/requests/new",
      "/requests/new?q=netflix",
      "/requests/bulk",
      "/dashboard",
      "/account",
      "/settings/reminders",
      "/settings/reminders/unsubscribe?token=nothing",
      "/account/deleted",
    ];
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      const words = await englishOn(page, path);
      if (words.length > 0) found[path] = words;
    }
    expect(found).toEqual({});

    // The forms that appear on a click are German too.
    await page.goto("/services/custom/new");
    await page.getByRole("button", { name: "Angaben finden" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Fügen Sie zuerst den Text der Datenschutzerklärung ein.");
    await page.goto("/account");
    await page.getByRole("button", { name: "Kalender-Link erstellen" }).click();
    await expect(page.getByRole("button", { name: "Link kopieren" })).toBeVisible();
    await expect(page.getByText(/^Ihr Kalender-Link\./)).toBeVisible();
  });
});
