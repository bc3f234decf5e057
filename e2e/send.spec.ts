import type { Page } from "@playwright/test";
import { isoDateIn } from "@/lib/requests/dates";
import { expect, signIn, test, uniqueEmail, type Sql } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// Sending from a phone (issue 16): every letter the e2e walks write opens ready to send on a 390 px
// touch screen. navigator.share is replaced by a recorder (headless Chromium on Linux has no share
// sheet): the stub is the browser's API boundary, everything above it is the app's real code.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const SHARE_RECORDER = () => {
  const shared: ShareData[] = [];
  Object.assign(window, { __shared: shared });
  Object.defineProperty(navigator, "share", { configurable: true, value: async (data: ShareData) => void shared.push(data) });
  Object.defineProperty(navigator, "canShare", { configurable: true, value: (data: ShareData) => typeof data?.text === "string" });
};

/** The letter shown on the page, and what the share sheet and each webmail link carry of it. */
async function expectReadyToSend(page: Page, where: string) {
  const body = (await page.getByLabel("Letter text").textContent()) ?? "";
  expect(body.length, where).toBeGreaterThan(200);
  await page.getByRole("button", { name: "Share to your mail app" }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
  expect(shared, `${where}: one share`).toHaveLength(1);
  expect(shared[0]!.text, `${where}: the share carries the whole letter`).toBe(body);
  expect(shared[0]!.title, `${where}: the share carries the subject`).toBeTruthy();

  const compose = page.locator("a[data-compose]");
  const count = await compose.count();
  for (let i = 0; i < count; i++) {
    const href = (await compose.nth(i).getAttribute("href")) ?? "";
    const url = new URL(href);
    expect(url.searchParams.get("body"), `${where}: ${url.hostname} carries the whole letter`).toBe(body);
    expect(url.searchParams.get(url.hostname === "mail.google.com" ? "su" : "subject")).toBe(shared[0]!.title);
    expect(href.length).toBeLessThanOrEqual(8000);
    await expect(compose.nth(i)).toHaveAttribute("target", "_blank");
  }
  return { body, compose: count };
}

async function userId(sql: Sql, email: string): Promise<string> {
  const [user] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

const today = isoDateIn(new Date(), "Europe/Berlin");
const jane = { name: "Jane Doe", email: "jane@example.org" };

// The letters the wizard walks of the e2e suite write: each service, law and language they use.
const LETTERS: { name: string; ref: string; data: Record<string, unknown> }[] = [
  { name: "Netflix, GDPR access (Germany)", ref: "netflix@2024-04-17", data: { rights: ["access"], location: { country: "DE" }, details: jane } },
  { name: "Netflix, UK GDPR access", ref: "netflix@2024-04-17", data: { rights: ["access"], location: { country: "GB" }, details: jane } },
  {
    name: "Netflix, every GDPR right (the longest)",
    ref: "netflix@2024-04-17",
    data: {
      rights: ["access", "deletion", "portability", "correction", "objection"],
      location: { country: "DE" },
      details: jane,
      specifics: {
        correction: [{ field: "Postal address", currentValue: "Old Street 1", correctValue: "New Street 2" }],
        deletion: { scope: "account" },
        portability: { format: "json" },
        objection: { directMarketing: true },
      },
    },
  },
  {
    name: "Netflix, GDPR access in German",
    ref: "netflix@2024-04-17",
    data: { rights: ["access"], location: { country: "DE" }, details: jane, language: "de" },
  },
  {
    name: "Netflix, GDPR deletion (Netherlands)",
    ref: "netflix@2024-04-17",
    data: { rights: ["deletion"], location: { country: "NL" }, details: jane, specifics: { deletion: { scope: "account" } } },
  },
  {
    name: "Netflix, CCPA access and deletion (California)",
    ref: "netflix@2024-04-17",
    data: { rights: ["access", "deletion"], location: { country: "US", state: "CA" }, details: jane, specifics: { deletion: { scope: "account" } } },
  },
  {
    name: "Netflix, Quebec access in French",
    ref: "netflix@2024-04-17",
    data: { rights: ["access"], location: { country: "CA", state: "QC" }, details: jane, language: "fr" },
  },
  {
    name: "Trakt, portability (France)",
    ref: "trakt@2022-03-29",
    data: { rights: ["portability"], location: { country: "FR" }, details: jane, specifics: { portability: { format: "json" } } },
  },
  {
    name: "SCHUFA (catalogue), access in German",
    ref: "schufa@datenanfragen",
    data: { rights: ["access"], location: { country: "DE" }, details: jane, language: "de" },
  },
];

test("every request letter of the e2e walks opens ready to send on a phone: share sheet and webmail carry the whole letter", async ({ page, mailbox, sql }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("send");
  await page.addInitScript(SHARE_RECORDER);
  await signIn(page, mailbox, email, "/dashboard");
  const user = await userId(sql, email);
  const lengths: string[] = [];
  for (const [index, letter] of LETTERS.entries()) {
    const id = `e2esend${index}${Date.now().toString(36)}`;
    await sql(`INSERT INTO "RequestDraft" (id, "userId", "serviceRef", data, step, "updatedAt") VALUES ($1, $2, $3, $4, 'send', now())`, [
      id,
      user,
      letter.ref,
      JSON.stringify({ language: "en", ...letter.data, letterDate: today }),
    ]);
    await page.goto(`/requests/new/${id}/send`);
    await page.getByText("Show the letter").click();
    const { body, compose } = await expectReadyToSend(page, letter.name);
    // Addressed to the company the walk wrote to.
    const to = new URL((await page.locator("a[data-compose]").first().getAttribute("href")) ?? "").searchParams.get("to") ?? "";
    expect(to.toLowerCase(), letter.name).toContain(letter.name.split(/[ ,]/)[0]!.toLowerCase());
    lengths.push(`${letter.name}: ${body.length} characters, ${compose} webmail links`);
    // Every letter with an address gets all three webmail links: none of these is too long for them.
    expect(compose, letter.name).toBe(3);
  }
  console.log(lengths.join("\n"));
});

test("follow-up and complaint letters open ready to send on a phone too; a short letter keeps its mail link", async ({ page, mailbox, sql }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("send-track");
  await page.addInitScript(SHARE_RECORDER);
  await signIn(page, mailbox, email, "/dashboard");
  const old = await seedRequest(sql, email, {
    regime: "uk-gdpr",
    rights: ["access"],
    sentOn: isoDateIn(new Date(Date.now() - 100 * 86_400_000), "Europe/London"),
    serviceName: "Old Co",
  });

  await page.goto(`/requests/${old.id}/follow-up`);
  await expectReadyToSend(page, "the follow-up");
  await page.goto(`/requests/${old.id}/complaint`);
  await expectReadyToSend(page, "the complaint");
});

test.describe("on a desktop (no touch screen)", () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false });

  test("the share sheet is offered only where no mail link fits; the webmail links are always there", async ({ page, mailbox, sql }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("send-desk");
    await page.addInitScript(SHARE_RECORDER);
    await signIn(page, mailbox, email, "/dashboard");
    const user = await userId(sql, email);
    const short = {
      name: "a short objection",
      ref: "netflix@2024-04-17",
      data: { rights: ["objection"], location: { country: "GB" }, details: jane, specifics: { objection: { directMarketing: true } } },
    };
    let withMailto = 0;
    for (const [index, letter] of [LETTERS[0]!, LETTERS[2]!, short].entries()) {
      const id = `e2edesk${index}${Date.now().toString(36)}`;
      await sql(`INSERT INTO "RequestDraft" (id, "userId", "serviceRef", data, step, "updatedAt") VALUES ($1, $2, $3, $4, 'send', now())`, [
        id,
        user,
        letter.ref,
        JSON.stringify({ language: "en", ...letter.data, letterDate: today }),
      ]);
      await page.goto(`/requests/new/${id}/send`);
      await expect(page.locator("a[data-compose]")).toHaveCount(3);
      const mailto = await page.getByRole("link", { name: "Open in your mail app" }).count();
      withMailto += mailto;
      await expect(page.getByRole("button", { name: "Share to your mail app" }), letter.name).toHaveCount(mailto ? 0 : 1);
    }
    // The long GDPR letters have no mail link, so the share sheet stands in for it.
    expect(withMailto).toBeLessThan(3);
  });
});
