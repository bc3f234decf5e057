import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { computeDeadlines } from "@/lib/law/deadlines";
import { formatLongDate } from "@/lib/law/labels";
import { addDays } from "@/lib/law/calendar-date";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail, type Sql } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// Requests after "I sent it": the timeline, the deadline in force, reminders and complaints, the
// dashboard's one-click steps, and what happens when the dates shown are checked against the engine.

const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
mkdirSync(SHOTS, { recursive: true });

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

async function record(page: Page, action: string, on?: string) {
  await page.getByLabel("What happened?").selectOption({ label: action });
  if (on) await page.getByLabel("On", { exact: true }).fill(on);
  await page.getByRole("button", { name: "Record it" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Recorded: ${action}` })).toBeVisible();
}

const eventTypes = (sql: Sql, id: string) =>
  sql<{ type: string }>(`SELECT type FROM "RequestEvent" WHERE "requestId" = $1 ORDER BY "createdAt", id`, [id]).then((rows) => rows.map((r) => r.type));

test.describe("UK GDPR access to Netflix", () => {
  test.use({ timezoneId: "Europe/London" });

  test("sent → extension → overdue → reminder → complaint, with the engine's dates", async ({ page, mailbox, sql }) => {
    test.setTimeout(180_000);
    const email = uniqueEmail("tracker");
    await signIn(page, mailbox, email, "/dashboard");
    const today = isoDateIn(new Date(), "Europe/London");
    const request = await seedRequest(sql, email, { regime: "uk-gdpr", rights: ["access"], sentOn: addDays(today, -100) });
    const href = `/requests/${request.id}`;

    await page.goto(href);
    const original = computeDeadlines({ regime: "uk-gdpr", right: "access", receivedOn: request.sentOn });
    await expect(page.getByRole("heading", { level: 1, name: "Request to Netflix" })).toBeVisible();
    await expect(page.getByText(formatLongDate(original.respondBy)).first()).toBeVisible();
    await expect(page.getByText("Overdue", { exact: true })).toBeVisible();

    // The extension was claimed ten days in, inside the first month: three months from the start.
    const claimedOn = addDays(request.sentOn, 10);
    const stale = await page.context().newPage();
    await stale.goto(href);
    await record(page, "They claimed an extension", claimedOn);
    const extended = computeDeadlines({
      regime: "uk-gdpr",
      right: "access",
      receivedOn: request.sentOn,
      events: [{ type: "extension-claimed", on: claimedOn }],
    });
    expect(extended.respondBy > original.respondBy).toBe(true);
    const deadline = page.getByRole("region", { name: "Answer due", exact: true });
    await expect(deadline).toContainText(formatLongDate(extended.respondBy));
    await page.getByText("How this date is counted").click();
    await expect(deadline).toContainText("UK GDPR Art. 12(3)");

    // The form no longer offers a second extension; a tab opened before the first one tries anyway.
    await expect(page.getByLabel("What happened?").locator("option", { hasText: "They claimed an extension" })).toHaveCount(0);
    await stale.getByLabel("What happened?").selectOption({ label: "They claimed an extension" });
    await stale.getByLabel("On", { exact: true }).fill(addDays(claimedOn, 1));
    await stale.getByRole("button", { name: "Record it" }).click();
    await expect(stale.getByRole("alert").filter({ hasText: "already claimed" })).toContainText(
      `They already claimed an extension on ${formatLongDate(claimedOn)}. UK GDPR allows one extension`,
    );
    await expect(stale.getByRole("alert").filter({ hasText: "already claimed" })).toContainText(`it stays ${formatLongDate(extended.respondBy)}`);
    await stale.close();
    await expect(page.getByText("Overdue", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Write the reminder" })).toBeVisible();
    await shoot(page, "tracker-1-overdue");

    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /1\s*Overdue/ })).toBeVisible();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Netflix" }) });
    await expect(card).toContainText(formatLongDate(extended.respondBy));
    await expect(card).toContainText("Extended");
    await shoot(page, "tracker-2-dashboard");

    await page.goto(`${href}/follow-up`);
    await expect(page.getByRole("heading", { level: 1, name: "A reminder to Netflix" })).toBeVisible();
    const letter = page.getByRole("region", { name: "The letter", exact: true }).locator("pre");
    const letterDate = (iso: string) =>
      new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
    await expect(letter).toContainText(`The period for your answer ended on ${letterDate(extended.respondBy)}`);
    await expect(letter).toContainText(`you extended the period for your answer`);
    await expect(letter).toContainText("Information Commissioner's Office");
    const pdf = await page.request.get(`${href}/follow-up/letter.pdf?lang=en`);
    expect(pdf.status()).toBe(200);
    expect((await PDFDocument.load(await pdf.body())).getTitle()).toContain("Reminder:");
    await shoot(page, "tracker-3-reminder");
    await page.getByRole("button", { name: "I sent it: add it to the timeline" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recorded: I sent a reminder" })).toBeVisible();

    await page.goto(`${href}/complaint`);
    await expect(page.getByRole("heading", { level: 1, name: "Complain about Netflix" })).toBeVisible();
    await expect(page.getByText("Information Commissioner's Office (ICO)").first()).toBeVisible();
    const complaint = page.getByRole("region", { name: "The letter", exact: true }).locator("pre");
    await expect(complaint).toContainText("I hereby lodge a complaint against");
    await expect(complaint).toContainText(`The period for an answer ended on ${letterDate(extended.respondBy)}`);
    await expect(complaint).toContainText(`${letterDate(today)}: I sent a reminder`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the evidence file (PDF)" }).click()]);
    const evidence = await PDFDocument.load(await readFile(await download.path()));
    expect(evidence.getTitle()).toBe("Evidence file: request to Netflix");
    await shoot(page, "tracker-4-complaint");
    await page.getByRole("button", { name: "I filed it: add it to the timeline" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You filed a complaint with Information Commissioner's Office (ICO) on" })).toBeVisible();

    await page.goto(href);
    await expect(page.getByText("Complaint filed").first()).toBeVisible();
    const timeline = page.getByRole("region", { name: "What happened", exact: true });
    for (const entry of ["You sent the request", "They claimed an extension", "You sent a reminder", "You filed a complaint"])
      await expect(timeline).toContainText(entry);
    await expect(page.getByText(`You sent a reminder, ${formatLongDate(today)}: Reminder:`)).toBeVisible();
    expect(await eventTypes(sql, request.id)).toEqual(["sent", "extension-claimed", "follow-up-sent", "complaint-filed"]);
    const [stored] = await sql<{ status: string; stage: number; dueDate: string }>(`SELECT status, stage, "dueDate" FROM "Request" WHERE id = $1`, [
      request.id,
    ]);
    expect(stored).toEqual({ status: "complaint-filed", stage: 1, dueDate: extended.respondBy });
    await shoot(page, "tracker-5-request");
  });
});

test.describe("CCPA request to know", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("sent → answer → completed from the dashboard's buttons, and undo", async ({ page, mailbox, sql }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("answered");
    await signIn(page, mailbox, email, "/dashboard");
    await expect(page.getByRole("heading", { name: "No requests yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start a request" })).toHaveAttribute("href", "/requests/new");
    await shoot(page, "tracker-0-empty");

    const today = isoDateIn(new Date(), "America/Los_Angeles");
    const request = await seedRequest(sql, email, { regime: "ccpa", rights: ["access"], sentOn: addDays(today, -3), country: "US" });
    const engine = computeDeadlines({ regime: "ccpa", right: "access", receivedOn: request.sentOn });
    await page.goto(`/requests/${request.id}`);
    await expect(page.getByRole("region", { name: "Answer due", exact: true })).toContainText(formatLongDate(engine.respondBy));
    await expect(page.getByText(`They should confirm receipt by ${formatLongDate(engine.acknowledgeBy!)}`)).toBeVisible();
    await expect(page.getByText(`Wait until ${formatLongDate(engine.respondBy)}`)).toBeVisible();

    await page.goto("/dashboard");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Netflix" }) });
    await expect(card).toContainText(`answer due ${formatLongDate(engine.respondBy)}`);
    await card.getByRole("button", { name: "Answer came: Netflix" }).click();
    await expect(card).toContainText("Answered");
    await card.getByText("Done…").click();
    await card.getByRole("button", { name: "Yes, it is done: Netflix" }).click();
    await expect(page.getByText("No requests match these filters")).toBeVisible();
    await expect(page.getByRole("link", { name: /1\s*Done/ })).toBeVisible();
    await page.goto("/dashboard?group=done");
    await expect(page.getByRole("link", { name: "Netflix" })).toBeVisible();
    await shoot(page, "tracker-6-done");

    await page.goto(`/requests/${request.id}`);
    await expect(page.getByText("Nothing more to do")).toBeVisible();
    await page.getByRole("button", { name: "Undo the last entry: Completed" }).click();
    await expect(page.getByText("Check the answer, then mark it completed")).toBeVisible();
    await expect(page.getByRole("region", { name: "What happened", exact: true }).getByText("Undone")).toBeVisible();
    expect(await eventTypes(sql, request.id)).toEqual(["sent", "answer-received", "completed", "undone"]);
    const [stored] = await sql<{ status: string; stage: number }>(`SELECT status, stage FROM "Request" WHERE id = $1`, [request.id]);
    expect(stored).toEqual({ status: "answered", stage: 1 });

    await page.getByLabel("Add a note").fill("Their answer came as a ZIP of CSV files.");
    await page.getByRole("button", { name: "Save the note" }).click();
    await expect(page.getByText("Their answer came as a ZIP of CSV files.")).toBeVisible();
  });
});

test.describe("EU GDPR access to Netflix from Germany", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("a partial answer's missing Art. 15 items feed the letter, and the complaint goes to the Dutch authority", async ({ page, mailbox, sql }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("partial");
    await signIn(page, mailbox, email, "/dashboard");
    const today = isoDateIn(new Date(), "Europe/Berlin");
    const request = await seedRequest(sql, email, { regime: "eu-gdpr", rights: ["access"], sentOn: addDays(today, -10), country: "DE" });
    await page.goto(`/requests/${request.id}`);
    await page.getByLabel("What happened?").selectOption({ label: "An answer came" });
    await page.getByLabel("Only in part").check();
    for (const item of ["A copy of the personal data itself", "Why they use the data (purposes)", "Which kinds of data they hold (categories)"])
      await page.getByLabel(item).check();
    await shoot(page, "tracker-7-answer-form");
    await page.getByRole("button", { name: "Record it" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recorded: An answer came" })).toBeVisible();
    await expect(page.getByRole("region", { name: "What happened", exact: true })).toContainText("only in part, 7 required items missing");

    await page.goto(`/requests/${request.id}/follow-up?lang=de`);
    await expect(page.getByRole("heading", { level: 1, name: "Ask Netflix for what is missing" })).toBeVisible();
    const letter = page.getByRole("region", { name: "The letter", exact: true }).locator("pre");
    await expect(letter).toContainText("die geplante Speicherdauer oder die Kriterien für ihre Festlegung (Art. 15 Abs. 1 lit. d DSGVO)");
    await expect(letter).not.toContainText("die Verarbeitungszwecke");

    await page.goto(`/requests/${request.id}/complaint`);
    await expect(page.getByText("Autoriteit Persoonsgegevens").filter({ visible: true }).first()).toBeVisible();
    // The Dutch authority takes complaints in Dutch; the English request gets an English copy to read.
    await expect(page.getByRole("region", { name: "The letter", exact: true }).locator("pre")).toContainText(
      "de periode gedurende welke de gegevens naar verwachting worden opgeslagen",
    );
    await expect(page.getByRole("region", { name: /For you to read/ }).locator("pre")).toContainText("the envisaged storage period");
    await page.goto(`/requests/${request.id}/complaint?authority=home`);
    await expect(
      page
        .getByText(/Bundesbeauftragte/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await shoot(page, "tracker-8-complaint-eu");
  });
});
