import { policyDisplayText } from "@/lib/services/display-text";
import { expect, test } from "./support/fixtures";

// The records built from the Open Terms Archive captures: a cited fact leads to its sentence marked in
// the captured text, and every page that shows the text says when it was captured and credits it.

function unescapeHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|#x27|#39|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", amp: "&" })[name]!);
}

for (const { slug, name, captured } of [
  { slug: "google", name: "Google", captured: "24 June 2026" },
  { slug: "tiktok", name: "TikTok", captured: "17 August 2026" },
  { slug: "booking-com", name: "Booking.com", captured: "20 August 2026" },
]) {
  test(`${name}: a cited fact opens its sentence, marked, with the capture date and the credit`, async ({ page, request }) => {
    await page.goto(`/services/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByTestId("capture-date")).toContainText(`captured on ${captured}`);
    await expect(page.getByTestId("attribution")).toContainText("Open Terms Archive contributors");
    await expect(page.getByRole("heading", { name: "Rights it grants" })).toBeVisible();

    // A fact of the record (the rights table, not the date in the freshness notice) and its sentence.
    const cited = page.locator('main table a[href*="/policy/"][href*="start="]');
    const href = (await cited.first().getAttribute("href"))!;
    await page.goto(href);
    await expect(page.locator("mark#cited")).toBeVisible();
    await expect(page.getByTestId("attribution")).toBeVisible();
    await expect(page.getByTestId("attribution")).toContainText("Open Terms Archive contributors");

    // The marked words are exactly the stored text at the cited range.
    const url = new URL(href, "http://x");
    const versionId = decodeURIComponent(url.pathname.split("/").at(-1)!);
    const { service } = await (await request.get(`/api/v1/services/${slug}`)).json();
    const version = service.versions.find((v: { versionId: string }) => v.versionId === versionId);
    const text = await (await request.get(version.document.textUrl)).text();
    const expected = text.slice(Number(url.searchParams.get("start")), Number(url.searchParams.get("end")));
    const html = await (await request.get(href)).text();
    const marked = html.match(/<mark id="cited"[^>]*>([\s\S]*?)<\/mark>/)?.[1];
    // Shown as text: the capture's Markdown is rendered plain (the stored text stays byte for byte).
    expect(marked === undefined ? undefined : unescapeHtml(marked)).toBe(policyDisplayText(expected));
  });
}

test("an older capture says a newer one is known and what changed", async ({ page }) => {
  await page.goto("/services/zoom?version=2023-06-30");
  await expect(page.getByTestId("capture-date")).toContainText("captured on 30 June 2023");
  const notice = page.getByRole("status").filter({ hasText: "A newer capture is known" });
  await expect(notice).toContainText("5 August 2024");
  await expect(notice).toContainText("Federal Trade Commission");
  await notice.getByRole("link", { name: "see the newest version" }).click();
  await expect(page).toHaveURL(/version=2024-08-05/);
  await expect(page.locator("main")).toContainText("This is the newest capture we keep.");
});

test("a service attached to its catalogue company shows the dataset's contact facts beside the policy record", async ({ page }) => {
  await page.goto("/services/whatsapp");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("WhatsApp");
  await expect(page.locator("main")).toContainText("Datenanfragen");
  await expect(page.locator("main")).toContainText("WhatsApp Ireland Limited");
});
