import { createHash } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { expect, signIn, signInLink, test, uniqueEmail } from "./support/fixtures";

// Issue 18, goal 1: the public pages a signed-out visitor opens are rendered once at build and sent
// from the cache, under a CSP that lists the hashes of their inline scripts (no nonce, no
// 'unsafe-inline'); pages rendered per request keep their nonce; who is signed in is shown on a
// cached page too; and the searches those pages offer still work without JavaScript.

const PUBLIC_PAGES = ["/", "/services", "/services/netflix", "/deadlines", "/deadlines/eu-gdpr"];

function scriptSrc(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  return /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
}

/** The text of every inline script of a page (a script element with no src attribute). */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script([^>]*)>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/gi)) {
    if (!/\ssrc=/.test(match[1]!)) scripts.push(match[2]!);
  }
  return scripts;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("a public page is sent from the cache, the same bytes each time, with every inline script's hash in its CSP", async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(second.headers()["x-nextjs-cache"], path).toBe("HIT");
    const cacheControl = second.headers()["cache-control"] ?? "";
    expect(cacheControl, path).not.toMatch(/private|no-store|no-cache/);
    const html = await second.text();
    expect(await first.text(), path).toBe(html);

    const policy = scriptSrc(second);
    expect(policy, path).not.toContain("'unsafe-inline'");
    expect(policy, path).not.toContain("'nonce-");
    expect(policy, path).not.toContain("'strict-dynamic'");
    const listed = new Set(policy.split(" "));
    const scripts = inlineScripts(html);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(listed.has(sha256(script)), `${path}: ${script.slice(0, 80)}`).toBe(true);
  }
});

test("a cached page runs its scripts: no CSP violation, and it hydrates", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    // The account links are a client component: once it has asked who is signed in, it says so.
    await expect(page.locator(".nav-guest[data-known]"), path).toHaveCount(1);
  }
  expect(violations).toEqual([]);
});

test("pages rendered per request keep a fresh nonce on every inline script", async ({ request }) => {
  for (const path of ["/signin", "/services?q=netflix", "/deadlines?regime=uk-gdpr&right=access&receivedOn=2026-03-02", "/services/schufa"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc(response))?.[1];
    expect(nonce, path).toBeTruthy();
    expect(scriptSrc(response), path).toContain("'strict-dynamic'");
    expect(response.headers()["cache-control"] ?? "", path).toMatch(/no-store|private/);
    const html = await response.text();
    const tags = [...html.matchAll(/<script([^>]*)>/gi)].map((m) => m[1]!);
    expect(tags.length, path).toBeGreaterThan(0);
    for (const attributes of tags) expect(attributes, path).toContain(`nonce="${nonce}"`);
    const again = await request.get(path);
    expect(/'nonce-([^']+)'/.exec(scriptSrc(again))?.[1], path).not.toBe(nonce);
  }
  // The prerendered twins are reached only through their public addresses.
  expect((await request.get("/prerendered/services")).status()).toBe(404);
});

test("a signed-in visitor sees the account links on a cached page, and the page is still the cached one", async ({ page, mailbox }) => {
  await signIn(page, mailbox, uniqueEmail("static-nav"), "/dashboard");
  const response = await page.goto("/services");
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search and the deadline calculator on cached pages answer as plain GET forms", async ({ page }) => {
    await page.goto("/services");
    await page.getByLabel("Company, brand or website").fill("schufa");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/services\?q=schufa/);
    await expect(page.getByRole("link", { name: "SCHUFA Holding AG" })).toBeVisible();

    await page.goto("/deadlines");
    await page.getByLabel("Law that protects you").selectOption("uk-gdpr");
    await page.getByLabel("Right you used").selectOption("access");
    await page.getByLabel("Day the organisation received your request").fill("2025-03-31");
    await page.getByRole("button", { name: "Calculate" }).click();
    await expect(page).toHaveURL(/\/deadlines\?regime=uk-gdpr/);
    await expect(page.locator("time[datetime='2025-04-30']").first()).toBeVisible();
  });

  test("a page rendered for a signed-in user shows the account links without JavaScript", async ({ page, mailbox }) => {
    const email = uniqueEmail("static-nav-nojs");
    await page.goto("/signin?callbackUrl=%2Fdashboard");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await page.goto(signInLink(await mailbox.waitFor(email)));
    await expect(page).toHaveURL(/\/dashboard$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeHidden();
  });
});
