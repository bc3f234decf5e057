import type { Page } from "@playwright/test";
import { expect, signInLink, test, uniqueEmail, type Mailbox } from "./support/fixtures";

// The app in the reader's language: German for a German browser from sign-in to the reminder email,
// English by default, and a switcher whose choice is remembered (cookie, and the account for emails).

/** A message key shown instead of its text ("wizard.rights.title") would be a bug. */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(/\b(?:common|home|wizard|tracking|signin|emails|rights|locale)\.[a-zA-Z]+/);
}

async function signInGerman(page: Page, mailbox: Mailbox, email: string, returnTo: string) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill("not an address");
  await page.getByRole("button", { name: "Anmeldelink per E-Mail senden" }).click();
  await expect(page.getByText("Geben Sie eine E-Mail-Adresse wie name@example.org ein.")).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Anmeldelink per E-Mail senden" }).click();
  await expect(page.getByRole("status")).toContainText("Prüfen Sie Ihr E-Mail-Postfach");
  const mail = await mailbox.waitFor(email);
  // The sign-in email is in the language of the browser that asked for it.
  expect(mail.subject).toBe("Bei RightsDesk anmelden");
  expect(mail.text).toContain("läuft nach 30 Minuten ab");
  await page.goto(signInLink(mail));
}

test.describe("a German browser", () => {
  test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

  test("gets the app in German through the wizard, the dashboard and a reminder email", async ({ page, mailbox, sql }) => {
    test.setTimeout(150_000);
    const email = uniqueEmail("i18n-de");
    await signInGerman(page, mailbox, email, "/requests/new?service=netflix");

    await expect(page.getByRole("heading", { level: 1, name: "Antrag stellen" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Übersicht" })).toBeVisible();
    await expectNoRawKeys(page);
    await page.getByRole("button", { name: "Antrag beginnen" }).click();

    await expect(page).toHaveURL(/\/requests\/new\/[a-z0-9]+\/rights$/);
    await expect(page.getByRole("heading", { level: 1, name: "Was möchten Sie?" })).toBeVisible();
    await expect(page.getByText(/Antrag an Netflix · Schritt 1 von 6: Ihr Anliegen/)).toBeVisible();
    await page.getByLabel(/^Auskunft/).check();
    await expect(page.getByRole("heading", { name: "Schneller: direkt bei Netflix erledigen" })).toBeVisible();
    await expectNoRawKeys(page);
    await page.getByRole("button", { name: "Weiter: Ihr Wohnort" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Wo wohnen Sie?" })).toBeVisible();
    await page.getByLabel("Land, in dem Sie wohnen").selectOption("DE");
    await page.getByRole("button", { name: "Weiter: Ihre Angaben" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Wie kann man Sie finden?" })).toBeVisible();
    await page.getByLabel("Ihr vollständiger Name").fill("Max Müller");
    await page.getByLabel("Ihre E-Mail-Adresse").fill("max@example.de");
    await expectNoRawKeys(page);
    await page.getByRole("button", { name: "Weiter", exact: true }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Schreiben prüfen" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Sprache des Schreibens" })).toBeVisible();
    await page.getByRole("button", { name: "Das stimmt so: Versandweg wählen" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Selbst versenden" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Gesendet? Frist starten" })).toBeVisible();
    await expectNoRawKeys(page);
    await page.getByRole("button", { name: "Gesendet: Frist verfolgen" }).click();

    await expect(page).toHaveURL(/\/requests\/[a-z0-9]+$/);
    const requestId = page.url().split("/").pop()!;
    await expect(page.getByRole("heading", { level: 1, name: "Antrag an Netflix" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Antwort fällig" })).toBeVisible();
    // Dates as a German reader writes them.
    await expect(page.getByText(/Gesendet am \w+, \d{1,2}\. \w+ 20\d\d an/)).toBeVisible();

    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Anträge" })).toBeVisible();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Netflix" }) });
    await expect(card).toContainText("Gesendet, Antwort ausstehend");
    await expect(card).toContainText("Auskunft (eine Kopie meiner Daten)");
    await expect(card).toContainText(/Fällig in \d+ Tagen/);
    await expect(page.getByRole("button", { name: "Eingang bestätigt: Netflix" })).toBeVisible();
    await expectNoRawKeys(page);

    // The account took the language of the browser it signed in with: the reminder is in German.
    const [user] = await sql<{ id: string; locale: string | null }>(`SELECT id, locale FROM "User" WHERE email = $1`, [email]);
    expect(user!.locale).toBe("de");
    await sql(
      `INSERT INTO "ReminderPreference" ("userId", "unsubscribeToken", "quietFrom", "quietTo", "updatedAt") VALUES ($1, $2, 0, 0, now())
       ON CONFLICT ("userId") DO UPDATE SET "quietFrom" = 0, "quietTo" = 0`,
      [user!.id, `e2e-${requestId}`],
    );
    const due = await sql(
      `UPDATE "Reminder" SET "sendAt" = now() - interval '1 minute' WHERE "userId" = $1 AND "requestId" = $2 AND kind = 'before-7d' AND status = 'pending' RETURNING id`,
      [user!.id, requestId],
    );
    expect(due).toHaveLength(1);
    let reminder = { subject: "", text: "" };
    await expect
      .poll(async () => ((reminder = (await mailbox.messages(email)).find((m) => m.subject.startsWith("Erinnerung")) ?? reminder), reminder.subject), {
        timeout: 60_000,
      })
      .toMatch(/^Erinnerung: Netflix muss bis \w+, \d{1,2}\. \w+ 20\d\d antworten$/);
    expect(reminder.text).toContain("Auskunft (eine Kopie meiner Daten)");
    expect(reminder.text).toContain("Antrag öffnen");
    expect(reminder.text).toContain("Erinnerungs-E-Mails abbestellen");
    expect(reminder.text).not.toMatch(/emails\.reminder\./);
  });

  test("switches to English and back, remembered across pages and on the account", async ({ page, mailbox, sql }) => {
    const email = uniqueEmail("i18n-switch");
    await signInGerman(page, mailbox, email, "/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Anträge" })).toBeVisible();

    await page.getByLabel("Sprache", { exact: true }).selectOption("en");
    await page.getByRole("button", { name: "Sprache ändern" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your requests" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Ask any company for your data, and get an answer on time" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("link", { name: "Start a request" })).toBeVisible();
    await expect(page.getByLabel("Language", { exact: true })).toHaveValue("en");
    const [before] = await sql<{ locale: string | null }>(`SELECT locale FROM "User" WHERE email = $1`, [email]);
    expect(before!.locale).toBe("en");

    await page.getByLabel("Language", { exact: true }).selectOption("de");
    await page.getByRole("button", { name: "Change language" }).click();
    await expect(page.getByRole("link", { name: "Antrag stellen" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Anträge" })).toBeVisible();
    const [after] = await sql<{ locale: string | null }>(`SELECT locale FROM "User" WHERE email = $1`, [email]);
    expect(after!.locale).toBe("de");
  });
});

test.describe("without JavaScript", () => {
  test.use({ locale: "de-DE", javaScriptEnabled: false });

  test("the switcher is a plain form that works", async ({ page }) => {
    await page.goto("/deadlines");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.getByLabel("Sprache", { exact: true }).selectOption("en");
    await page.getByRole("button", { name: "Sprache ändern" }).click();
    await expect(page).toHaveURL(/\/deadlines$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Change language" })).toBeVisible();
  });
});

test.describe("an English browser", () => {
  test.use({ locale: "en-US" });

  test("gets English, with no prefix in any address", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Ask any company for your data, and get an answer on time" })).toBeVisible();
    await expect(page.getByLabel("Language", { exact: true })).toHaveValue("en");
    await expectNoRawKeys(page);
    // The locale segment is internal: /de/… and /en/… are not addresses.
    expect((await page.goto("/de/dashboard"))!.status()).toBe(404);
    expect((await page.goto("/en"))!.status()).toBe(404);
  });
});

test.describe("a browser in a language we do not have", () => {
  test.use({ locale: "fr-FR" });

  test("falls back to English", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  });
});
