import { policyDisplayText } from "@/lib/services/display-text";
import { expect, test } from "./support/fixtures";

function unescapeHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|#x27|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", amp: "&" })[name]!);
}

type VersionJson = { versionId: string; document: { id: string; textUrl: string } };

// Every fact on a service page links to its sentence, highlighted in the policy text; the marked
// text must be exactly the document's text at the cited range, as displayed (Markdown written as
// text, mis-decodings repaired; the document served by the API stays as captured).
for (const slug of ["trakt", "netflix"]) {
  test(`${slug}: every cited fact on the page opens its highlighted sentence`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const { service: api } = await (await request.get(`/api/v1/services/${slug}`)).json();
    const texts = new Map<string, string>();
    for (const version of api.versions as VersionJson[]) {
      texts.set(version.versionId, await (await request.get(version.document.textUrl)).text());
    }

    await page.goto(`/services/${slug}`);
    await expect(page.getByRole("heading", { name: "Rights it grants" })).toBeVisible();
    const hrefs = [...new Set(await page.locator('a[href*="/policy/"][href*="start="]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!)))];
    expect(hrefs.length).toBeGreaterThan(10);

    // The first link as a person follows it; all of them through the server-rendered HTML.
    await page.goto(hrefs[0]!);
    await expect(page.locator("mark#cited")).toBeVisible();
    for (const href of hrefs) {
      const url = new URL(href, "http://x");
      const versionId = decodeURIComponent(url.pathname.split("/").at(-1)!);
      const expected = texts.get(versionId)!.slice(Number(url.searchParams.get("start")), Number(url.searchParams.get("end")));
      const html = await (await request.get(href)).text();
      const marked = html.match(/<mark id="cited"[^>]*>([\s\S]*?)<\/mark>/)?.[1];
      expect(marked === undefined ? undefined : unescapeHtml(marked), href).toBe(policyDisplayText(expected));
    }
  });
}

test("Trakt 2022 shows that it says it is not governed by the CCPA", async ({ page }) => {
  await page.goto("/services/trakt");
  await expect(page.locator("main")).toContainText(/not currently governed by the CCPA/i);
});

test("the version switcher and the diff show what changed", async ({ page }) => {
  await page.goto("/services/trakt");
  const versions = page.getByRole("navigation", { name: "Policy versions" });
  await expect(versions.getByRole("link")).not.toHaveCount(0);
  await versions.getByRole("link").first().click();
  await expect(page).toHaveURL(/version=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Trakt");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the deadline calculator computes and explains each step", async ({ page }) => {
    await page.goto("/deadlines");
    await page.getByLabel("Law that protects you").selectOption("uk-gdpr");
    await page.getByLabel("Right you used").selectOption("access");
    await page.getByLabel("Day the organisation received your request").fill("2026-03-31");
    await page.getByRole("button", { name: "Calculate" }).click();
    // The ICO's own example: received 31 March, due 30 April.
    await expect(page.locator("main")).toContainText("30 April 2026");
    await page.goto("/deadlines?regime=uk-gdpr&right=access&receivedOn=2026-02-30");
    await expect(page.locator("main").getByRole("alert").first()).toBeVisible();
  });
});
