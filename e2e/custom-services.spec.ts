import { expect, signIn, test, uniqueEmail } from "./support/fixtures";

const POLICY = `Acme Cloud Privacy Policy
Effective Date: March 1, 2025

You have the right to access your personal data and to request deletion of your data.
California residents may request to know the categories of personal information we collect.
To exercise your rights, email privacy@acme.example or visit https://acme.example/privacy/requests.
We will respond within 30 days.`;

test("a user adds a service from a pasted policy, and nobody else can see it", async ({ page, mailbox, browser }) => {
  await signIn(page, mailbox, uniqueEmail("custom"), "/services/custom/new");
  await expect(page.getByRole("heading", { name: "Add a service from its privacy policy" })).toBeVisible();
  await page.getByLabel("The privacy policy").fill(POLICY);
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(page.getByLabel("Name of the service")).toBeVisible();
  const main = page.locator("main");
  await expect(main).toContainText("privacy@acme.example");
  await expect(main).toContainText("30 days");
  await page.getByLabel("Name of the service").fill("Acme Cloud");
  await page.getByRole("button", { name: "Save this service" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Acme Cloud" })).toBeVisible();
  await expect(main).toContainText("privacy@acme.example");
  const cited = main.locator('a[href*="start="]').first();
  await page.goto((await cited.getAttribute("href"))!);
  await expect(page.locator("mark#cited")).toBeVisible();
  const url = page.url().split("?")[0]!;

  // A second user gets a plain 404, not the service.
  const other = await browser.newContext({ baseURL: new URL(url).origin, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.251" } });
  const stranger = await other.newPage();
  await signIn(stranger, mailbox, uniqueEmail("stranger"), "/services/custom");
  await expect(stranger.getByRole("heading", { name: "Your services" })).toBeVisible();
  await expect(stranger.locator("main")).not.toContainText("Acme Cloud");
  const res = await stranger.goto(url);
  expect(res?.status()).toBe(404);
  await expect(stranger.locator("main")).not.toContainText("Acme Cloud");
  await other.close();
});

test("an empty or binary upload gets a clear message", async ({ page, mailbox }) => {
  await signIn(page, mailbox, uniqueEmail("upload"), "/services/custom/new");
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("Policy file").setInputFiles({ name: "policy.txt", mimeType: "text/plain", buffer: Buffer.from([0, 1, 2, 0, 0, 255, 0, 7]) });
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(page.locator("main").getByRole("alert").first()).toBeVisible();
  await page.getByLabel("Policy file").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(page.locator("main").getByRole("alert").first()).toContainText(/empty/i);
});

// A policy served on the one loopback port the e2e server may fetch from (its own port + 90).
const SERVED_POLICY = `<!doctype html><html><head><title>Orbit privacy</title></head><body>
<h1>Orbit Privacy Policy</h1><p>Last updated: 17 April 2024</p>
<p>You have the right to access your personal data. Write to <a href="mailto:privacy@orbit.example">privacy@orbit.example</a>
or use <a href="/privacy/requests">our request form</a>. We will respond within 30 days.</p></body></html>`;

async function servePolicy(baseURL: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const port = Number(new URL(baseURL).port) + 90;
  const server = createServer((req, res) => {
    if (req.url === "/privacy") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(SERVED_POLICY);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}/privacy`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("a user adds a service by its address and gets a cited record", async ({ page, mailbox, baseURL }) => {
  const served = await servePolicy(baseURL!);
  try {
    await signIn(page, mailbox, uniqueEmail("by-url"), "/services/custom/new");
    await page.getByLabel("Give its address").check();
    await page.getByLabel("Address of the privacy policy").fill(served.url);
    await page.getByRole("button", { name: "Find facts" }).click();
    await expect(page.getByLabel("Name of the service")).toBeVisible();
    const main = page.locator("main");
    await expect(main).toContainText("privacy@orbit.example");
    await page.getByLabel("Name of the service").fill("Orbit");
    await page.getByRole("button", { name: "Save this service" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Orbit" })).toBeVisible();
    await expect(main).toContainText("privacy@orbit.example");
    const cited = main.locator('a[href*="start="]').first();
    await page.goto((await cited.getAttribute("href"))!);
    await expect(page.locator("mark#cited")).toBeVisible();
  } finally {
    await served.close();
  }
});

test("a private or unreachable address is refused with the reason", async ({ page, mailbox }) => {
  await signIn(page, mailbox, uniqueEmail("by-url-refused"), "/services/custom/new");
  // A click before the form has hydrated is undone by it: try until the choice holds.
  await expect(() => page.getByLabel("Give its address").check({ timeout: 2_000 })).toPass();
  const address = page.getByLabel("Address of the privacy policy");
  const alert = page.locator("main").getByRole("alert").first();
  await address.fill("http://169.254.169.254/latest/meta-data/");
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(alert).toContainText("private or local network");
  await address.fill("http://127.0.0.1:1/privacy");
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(alert).toContainText("private or local network");
  await address.fill("http://nothing-here.invalid/privacy");
  await page.getByRole("button", { name: "Find facts" }).click();
  await expect(alert).toContainText("could not be reached");
});
