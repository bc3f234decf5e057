import type { Page } from "@playwright/test";
import { addDays } from "@/lib/law/calendar-date";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail, type Sql } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// No user can see, change or even learn of another user's request: every page, file, action and
// calendar URL answers exactly as it does for a request that does not exist.

const count = async (sql: Sql, table: string, requestId: string) =>
  Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE "requestId" = $1`, [requestId]))[0]?.n);

/** Rewrites the request id inside the server action calls this page makes, as a tampering client would. */
async function tamperActions(page: Page, from: string, to: string) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const body = request.postDataBuffer()?.toString("latin1") ?? "";
    return route.continue({ postData: Buffer.from(body.split(from).join(to), "latin1") });
  });
}

test("another user's request is a 404 everywhere, and their actions cannot touch it", async ({ page, mailbox, sql, browser }) => {
  test.setTimeout(180_000);
  const ownerEmail = uniqueEmail("owner");
  await signIn(page, mailbox, ownerEmail, "/dashboard");
  const today = isoDateIn(new Date(), "Europe/London");
  const owned = await seedRequest(sql, ownerEmail, { regime: "uk-gdpr", rights: ["access"], sentOn: addDays(today, -60), serviceName: "Owner Secret Co" });

  const other = await browser.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.252" } });
  const intruder = await other.newPage();
  const intruderEmail = uniqueEmail("intruder");
  await signIn(intruder, mailbox, intruderEmail, "/dashboard");
  const mine = await seedRequest(sql, intruderEmail, { regime: "uk-gdpr", rights: ["access"], sentOn: addDays(today, -60), serviceName: "Intruder Co" });
  const missing = `${owned.id.slice(0, -3)}zzz`;

  for (const suffix of ["", "/follow-up", "/appeal", "/complaint"]) {
    const theirs = await intruder.goto(`/requests/${owned.id}${suffix}`);
    expect(theirs?.status(), suffix).toBe(404);
    await expect(intruder.getByText("Owner Secret Co")).toHaveCount(0);
    expect((await intruder.goto(`/requests/${missing}${suffix}`))?.status()).toBe(404);
  }
  for (const file of [
    "/evidence.pdf",
    "/deadline.ics",
    "/follow-up/letter.pdf",
    "/follow-up/letter.eml",
    "/appeal/letter.pdf",
    "/complaint/letter.pdf",
    "/complaint/letter.eml",
  ]) {
    const theirs = await intruder.request.get(`/requests/${owned.id}${file}`);
    const none = await intruder.request.get(`/requests/${missing}${file}`);
    expect(theirs.status(), file).toBe(404);
    expect(await theirs.text()).toBe(await none.text());
    expect((await page.request.get(`/requests/${owned.id}${file}`)).status(), `owner ${file}`).toBe(file.startsWith("/appeal") ? 409 : 200);
  }
  await intruder.goto("/dashboard?group=all");
  await expect(intruder.getByRole("link", { name: "Intruder Co" })).toBeVisible();
  await expect(intruder.getByText("Owner Secret Co")).toHaveCount(0);

  // The intruder's own page, with every action call rewritten to the owner's request id.
  await intruder.goto(`/requests/${mine.id}`);
  await tamperActions(intruder, mine.id, owned.id);
  await intruder.getByLabel("What happened?").selectOption({ label: "Mark completed" });
  await intruder.getByRole("button", { name: "Record it" }).click();
  await expect(intruder.getByRole("region", { name: "Record what happened" }).getByRole("alert")).toHaveText("This request no longer exists.");
  await intruder.getByLabel("Add a note").fill("I was here");
  await intruder.getByRole("button", { name: "Save the note" }).click();
  await expect(intruder.getByRole("region", { name: "Notes" }).getByRole("alert")).toHaveText("This request no longer exists.");
  await intruder.goto("/dashboard");
  await tamperActions(intruder, mine.id, owned.id);
  await intruder.getByText("Done…").click();
  await intruder.getByRole("button", { name: "Yes, it is done: Intruder Co" }).click();
  await expect(intruder.getByRole("alert").filter({ hasText: "This request no longer exists." })).toBeVisible();

  expect(await count(sql, "RequestEvent", owned.id)).toBe(1);
  expect(await count(sql, "RequestNote", owned.id)).toBe(0);
  expect(await count(sql, "RequestEvent", mine.id)).toBe(1);
  await other.close();
});

test("a calendar link shows its owner's deadlines only, and stops working when turned off", async ({ page, mailbox, sql, browser }) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("calendar");
  await signIn(page, mailbox, ownerEmail, "/account");
  const today = isoDateIn(new Date(), "Europe/London");
  const owned = await seedRequest(sql, ownerEmail, { regime: "uk-gdpr", rights: ["access"], sentOn: addDays(today, -5), serviceName: "Calendar Co" });
  await page.goto("/account");
  await page.getByRole("button", { name: "Make a calendar link" }).click();
  const url = (await page.getByRole("status").filter({ hasText: "Your calendar link" }).locator("code").textContent())!.trim();
  expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\/deadlines\.ics$/);

  const other = await browser.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.253" } });
  const intruder = await other.newPage();
  const intruderEmail = uniqueEmail("cal-intruder");
  await signIn(intruder, mailbox, intruderEmail, "/account");
  await seedRequest(sql, intruderEmail, { regime: "uk-gdpr", rights: ["access"], sentOn: today, serviceName: "Intruder Calendar Co" });
  await intruder.goto("/account");
  await intruder.getByRole("button", { name: "Make a calendar link" }).click();
  const theirUrl = (await intruder.getByRole("status").filter({ hasText: "Your calendar link" }).locator("code").textContent())!.trim();

  const feed = await page.request.get(url);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await feed.text();
  expect(ics).toContain("SUMMARY:Calendar Co must answer your request (UK GDPR)");
  expect(ics).toContain(`UID:request-${owned.id}-due@rightsdesk`);
  expect(ics).not.toContain("Intruder");
  const theirs = await (await intruder.request.get(theirUrl)).text();
  expect(theirs).toContain("Intruder Calendar Co");
  expect(theirs).not.toContain("SUMMARY:Calendar Co must");

  const guessed = await intruder.request.get(url.replace(/\/calendar\/[^/]+\//, `/calendar/${"A".repeat(43)}/`));
  expect(guessed.status()).toBe(404);
  await page.getByRole("button", { name: "Turn the link off" }).click();
  await expect(page.getByText("The link no longer works.")).toBeVisible();
  const revoked = await page.request.get(url);
  expect(revoked.status()).toBe(404);
  expect(await revoked.text()).toBe(await guessed.text());
  await other.close();
});
