import { addDays } from "@/lib/law/calendar-date";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// The app's own privacy: everything it holds about a user as JSON, and deleting it all.

test("a user downloads everything held about them, then deletes the account and all its data", async ({ page, mailbox, sql }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("account");
  await signIn(page, mailbox, email, "/account");
  const request = await seedRequest(sql, email, {
    regime: "uk-gdpr",
    rights: ["access"],
    sentOn: addDays(isoDateIn(new Date(), "Europe/London"), -3),
    serviceName: "Export Co",
  });
  await page.goto(`/requests/${request.id}`);
  await page.getByLabel("Add a note").fill("A note to export");
  await page.getByRole("button", { name: "Save the note" }).click();
  await expect(page.getByText("A note to export")).toBeVisible();

  await page.goto("/account");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rightsdesk-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await (await import("node:fs/promises")).readFile(await download.path(), "utf8"));
  expect(data.user.email).toBe(email);
  expect(data.requests).toHaveLength(1);
  expect(data.requests[0]).toMatchObject({ serviceName: "Export Co", events: [{ type: "sent" }], notes: [{ body: "A note to export" }] });
  expect(JSON.stringify(data)).not.toMatch(/sessionToken|tokenHash|unsubscribeToken/);

  await page.getByLabel(`Type ${email} to confirm`).fill("someone-else@example.org");
  await page.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(page.getByText("Type your email address exactly as shown to confirm.")).toBeVisible();
  const userId = (await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))[0]!.id;
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole("button", { name: "Delete my account and all its data" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();

  expect(await sql(`SELECT 1 FROM "User" WHERE id = $1`, [userId])).toHaveLength(0);
  for (const table of ["Request", "RequestNote", "Session", "RequestDraft", "CalendarFeed"])
    expect(await sql(`SELECT 1 FROM "${table}" WHERE "userId" = $1`, [userId]), table).toHaveLength(0);
  expect(await sql(`SELECT 1 FROM "RequestEvent" WHERE "requestId" = $1`, [request.id])).toHaveLength(0);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});
