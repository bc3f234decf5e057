import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail, type Mailbox } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// Issue 14: letters in the requester's language. A French requester writes to a French company in
// French (and the choice survives a trip back to the details), a Polish requester's deletion letter
// keeps its diacritics in the PDF, and a complaint to the Dutch authority is in Dutch with an
// English copy to read.

async function next(page: Page, button: RegExp, url: RegExp, heading: string) {
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function start(page: Page, mailbox: Mailbox, service: string, right: RegExp, country: string) {
  await signIn(page, mailbox, uniqueEmail("lang"), `/requests/new?service=${service}`);
  await page.getByRole("button", { name: "Start the request" }).click();
  await expect(page).toHaveURL(/\/rights$/);
  await page.getByLabel(right).check();
  await next(page, /Continue/, /\/location$/, "Where do you live?");
  await page.getByLabel("Country where you live").selectOption(country);
  await next(page, /Continue/, /\/details$/, "How can they find you?");
}

/** The text a PDF reader extracts, through poppler's pdftotext: what a user copying from the PDF gets. */
function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "lang-")), "letter.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

test.describe("a French requester", () => {
  test.use({ locale: "fr-FR", timezoneId: "Europe/Paris" });

  test("writes to Cdiscount in French, and a language picked on the review survives going back", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    await start(page, mailbox, "cdiscount", /^Access/, "FR");
    await page.getByLabel("Your full name").fill("Camille Martin");
    await page.getByLabel("Your email address").fill("camille@example.fr");
    await next(page, /Continue/, /\/review$/, "Review the letter");

    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(page.getByRole("button", { name: /Français/ })).toHaveAttribute("aria-pressed", "true");
    await expect(letter).toHaveAttribute("lang", "fr");
    await expect(letter).toContainText("Madame, Monsieur,");
    await expect(letter).toContainText("(art. 15 du RGPD)");
    await expect(letter).toContainText("a) les finalités du traitement (art. 15, par. 1, point a))");
    await expect(letter).toContainText("Commission Nationale de l'Informatique et des Libertés");
    await expect(letter).toContainText("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.");

    // Picked on the review, kept with the draft: back to the details and forward again.
    await page.getByRole("button", { name: /English/ }).click();
    await expect(letter).toContainText("Dear Sir or Madam,");
    // The step list names every step; take the first link to the details step.
    await page.getByRole("link", { name: "Your details" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "How can they find you?" })).toBeVisible();
    await next(page, /Continue/, /\/review$/, "Review the letter");
    await expect(letter).toContainText("Dear Sir or Madam,");
    await expect(page.getByRole("button", { name: /English/ })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: /Français/ }).click();
    await expect(letter).toContainText("Madame, Monsieur,");
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");
    await page.getByRole("button", { name: "I sent it: track the deadline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Request to Cdiscount/ })).toBeVisible();
  });
});

test.describe("a Polish requester", () => {
  test.use({ locale: "pl-PL", timezoneId: "Europe/Warsaw" });

  test("gets a deletion letter in Polish whose PDF keeps every diacritic", async ({ page, mailbox }) => {
    test.setTimeout(180_000);
    await start(page, mailbox, "netflix", /^Deletion/, "PL");
    await page.getByLabel("Your full name").fill("Łucja Wróbel-Żółć");
    await page.getByLabel("Your email address").fill("lucja@example.pl");
    await next(page, /Continue/, /\/specifics$/, "The specifics");
    await next(page, /review the letter/, /\/review$/, "Review the letter");

    const letter = page.getByRole("region", { name: "The letter" }).locator("pre");
    await expect(letter).toContainText("Szanowni Państwo,");
    await expect(letter).toContainText("Żądam niezwłocznego usunięcia");
    await next(page, /choose how to send it/, /\/send$/, "Send it yourself");

    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
    const bytes = readFileSync(await file.path());
    const text = pdfText(bytes).replace(/\s+/g, " ");
    for (const expected of [
      "Łucja Wróbel-Żółć",
      "Żądanie usunięcia danych na podstawie art. 17 RODO",
      "Szanowni Państwo,",
      "Żądam niezwłocznego usunięcia wszystkich dotyczących mnie danych osobowych",
      "Z poważaniem",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("\uFFFD");
    expect(text).not.toContain("Lucja");
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe("Żądanie usunięcia danych na podstawie art. 17 RODO");
  });
});

test.describe("a complaint to the Dutch authority", () => {
  test.use({ timezoneId: "Europe/Amsterdam" });

  test("is written in Dutch, with the English copy to read", async ({ page, mailbox, sql }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("lang-nl");
    await signIn(page, mailbox, email, "/dashboard");
    const today = isoDateIn(new Date(), "Europe/Amsterdam");
    const sentOn = new Date(Date.parse(`${today}T00:00:00Z`) - 70 * 86_400_000).toISOString().slice(0, 10);
    const request = await seedRequest(sql, email, { regime: "eu-gdpr", rights: ["access"], sentOn, country: "NL" });

    await page.goto(`/requests/${request.id}/complaint`);
    await expect(page.getByText("Autoriteit Persoonsgegevens").first()).toBeVisible();
    const complaint = page.getByRole("region", { name: "The letter", exact: true }).locator("pre");
    await expect(complaint).toHaveAttribute("lang", "nl");
    await expect(complaint).toContainText("Geachte heer, mevrouw,");
    await expect(complaint).toContainText("Hierbij dien ik een klacht in tegen");
    await expect(complaint).toContainText("art. 77 lid 1, art. 56 AVG");
    await expect(complaint).toContainText("Hoogachtend,");
    const reading = page.getByRole("region", { name: /For you to read/ }).locator("pre");
    await expect(reading).toHaveAttribute("lang", "en");
    await expect(reading).toContainText("I hereby lodge a complaint against");

    // The PDF to file is the Dutch one.
    const pdf = await page.request.get(`/requests/${request.id}/complaint/letter.pdf?lang=nl`);
    expect(pdf.status()).toBe(200);
    expect(pdfText(await pdf.body()).replace(/\s+/g, " ")).toContain("Hierbij dien ik een klacht in tegen");
  });
});
