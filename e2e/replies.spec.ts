import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { APIRequestContext } from "@playwright/test";
import { addDays } from "@/lib/law/calendar-date";
import { extractPdfText } from "@/lib/letters/pdf-extract";
import { buildEml, exportZip } from "@/lib/replies/fixtures";
import { isoDateIn } from "@/lib/requests/dates";
import { buildZip } from "@/lib/testing/zip";
import { expect, signIn, test, uniqueEmail } from "./support/fixtures";
import { seedRequest } from "./support/requests";

// Replies close the loop: the company's answer comes in (upload or mail), is read, checked against
// what the law requires, and what is missing goes into the follow-up letter and the evidence file.

const INBOUND_PORT = 2591 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const INBOUND_DOMAIN = "replies.rightsdesk.test";
const today = () => isoDateIn(new Date(), "Europe/Berlin");
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
// Yesterday at noon, as a mail header writes it.
const mailDate = () => new Date(`${addDays(today(), -1)}T12:00:00Z`).toUTCString().replace("GMT", "+0000");

function upload(request: APIRequestContext, requestId: string, multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) {
  return request.post(`/requests/${requestId}/replies`, { multipart, headers: { Accept: "application/json" }, maxRedirects: 0 });
}

test("an uploaded reply with an archive is read as a partial answer, its gaps go into the follow-up, and the evidence file lists it", async ({
  page,
  mailbox,
  sql,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("replies");
  await signIn(page, mailbox, email, "/dashboard");
  const seeded = await seedRequest(sql, email, {
    regime: "eu-gdpr",
    rights: ["access"],
    sentOn: addDays(today(), -20),
    country: "DE",
    serviceName: "StreamCo",
  });
  const href = `/requests/${seeded.id}`;
  const eml = buildEml({ date: mailDate() });

  await page.goto(href);
  await page.getByLabel("The reply as an email file (.eml or .msg)").setInputFiles({ name: "reply.eml", mimeType: "message/rfc822", buffer: Buffer.from(eml) });
  await page.getByRole("button", { name: "Add the reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The reply was added" })).toBeVisible();

  const reply = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Your data access request" }) });
  await expect(reply).toContainText("privacy@streamco.example");
  await expect(reply).toContainText(sha256(eml));
  await expect(reply.getByRole("link", { name: "export.zip" })).toBeVisible();
  await reply.getByText(/What the archive holds/).click();
  await expect(reply).toContainText("export/profile.json");
  await expect(reply.getByTestId("reply-proposal")).toHaveText("An answer came, partial");
  await expect(reply.locator("blockquote").first()).toContainText("Please find attached a copy of your personal data");

  const item = (id: string) => reply.locator(`[data-item="access.${id}"]`);
  for (const id of ["copy", "purposes", "categories", "recipients", "complaint"]) await expect(item(id)).toHaveAttribute("data-covered", "yes");
  await expect(item("purposes")).toContainText("We process your data for the purposes of providing the streaming service");
  await expect(item("copy")).toContainText("Files delivered: export.zip");
  for (const id of ["retention", "rights", "source", "automated", "transfers"]) {
    await expect(item(id)).toHaveAttribute("data-covered", "no");
    await expect(item(id)).toContainText("Missing");
  }
  await expect(reply).toContainText("Machine-readable: export.zip › export/profile.json, export.zip › export/viewing-history.csv");

  const raw = await page.request.get((await reply.getByRole("link", { name: /Download the reply as it came/ }).getAttribute("href")) ?? "");
  expect(raw.status()).toBe(200);
  expect(sha256(await raw.body())).toBe(sha256(eml));
  const zip = await page.request.get((await reply.getByRole("link", { name: "export.zip" }).getAttribute("href")) ?? "");
  expect(Buffer.from(await zip.body()).equals(Buffer.from(exportZip()))).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  await reply.screenshot({ path: `${process.env.SHOTS_DIR ?? "/tmp/rightsdesk-shots"}/replies-reply-390.png` });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
  await reply.getByRole("button", { name: "Confirm: add this to the timeline" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to the timeline." })).toBeVisible();
  await expect(page.getByRole("region", { name: "What happened", exact: true })).toContainText("only in part, 5 required items missing");

  await page.goto(`${href}/follow-up?lang=en`);
  const letter = page.getByRole("region", { name: "The letter", exact: true }).locator("pre");
  for (const ask of [
    "the envisaged storage period",
    "the existence of the rights to rectification",
    "any available information as to the source",
    "the existence of automated decision-making",
    "the appropriate safeguards for transfers",
  ]) {
    await expect(letter).toContainText(ask);
  }
  for (const covered of [
    "the purposes of the processing",
    "the categories of personal data concerned",
    "a copy of the personal data undergoing processing",
    "the right to lodge a complaint",
  ]) {
    await expect(letter).not.toContainText(covered);
  }

  const pdf = await page.request.get(`${href}/evidence.pdf`);
  expect(pdf.status()).toBe(200);
  const text = (await extractPdfText(await pdf.body())).replace(/\s+/g, " ");
  expect(text).toContain("Replies received");
  expect(text).toContain("Reply 1: Your data access request");
  expect(text).toContain("privacy@streamco.example");
  expect(text.replace(/\s/g, "")).toContain(sha256(eml));
  expect(text).toContain("Attachment export.zip");
});

test("mail to a request's reply address is filed under it; unknown and revoked addresses are refused at SMTP time", async ({ page, mailbox, sql }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("inbound");
  await signIn(page, mailbox, email, "/dashboard");
  const seeded = await seedRequest(sql, email, { regime: "eu-gdpr", rights: ["access"], sentOn: addDays(today(), -10), country: "DE" });
  await page.goto(`/requests/${seeded.id}`);
  await page.getByRole("button", { name: "Get a reply address" }).click();
  const address = (await page.getByTestId("reply-address").textContent())!.trim();
  expect(address).toMatch(new RegExp(`^r-[0-9a-f]{32}@${INBOUND_DOMAIN.replace(/\./g, "\\.")}$`));

  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: INBOUND_PORT, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({
      envelope: { from: "privacy@streamco.example", to: address },
      raw: buildEml({
        to: address,
        subject: "Re: your request (by mail)",
        date: mailDate(),
        zip: null,
        text: "We have received your request and will respond within one month.",
      }),
    });
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByRole("heading", { name: "Re: your request (by mail)" }).count();
      })
      .toBe(1);
    const reply = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Re: your request (by mail)" }) });
    await expect(reply).toContainText("received by mail");
    await expect(reply.getByTestId("reply-proposal")).toHaveText("They confirmed receipt");

    await expect(
      transport.sendMail({ envelope: { from: "x@example.org", to: `r-${"a".repeat(32)}@${INBOUND_DOMAIN}` }, raw: buildEml({ zip: null }) }),
    ).rejects.toMatchObject({ responseCode: 550 });
    await page.getByRole("button", { name: "Stop this address" }).click();
    await expect(page.getByRole("status").filter({ hasText: "no longer takes mail" })).toBeVisible();
    await expect(transport.sendMail({ envelope: { from: "x@example.org", to: address }, raw: buildEml({ zip: null }) })).rejects.toMatchObject({
      responseCode: 550,
    });
  } finally {
    transport.close();
  }
  const [count] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "Reply" WHERE "requestId" = $1`, [seeded.id]);
  expect(count?.n).toBe("1");
});

test("another user can neither see, download nor add to someone else's replies", async ({ page, mailbox, sql, browser }) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("reply-owner");
  await signIn(page, mailbox, ownerEmail, "/dashboard");
  const owned = await seedRequest(sql, ownerEmail, {
    regime: "eu-gdpr",
    rights: ["access"],
    sentOn: addDays(today(), -10),
    country: "DE",
    serviceName: "Owner Secret Co",
  });
  const added = await upload(page.request, owned.id, {
    message: { name: "reply.eml", mimeType: "message/rfc822", buffer: Buffer.from(buildEml({ date: mailDate() })) },
  });
  expect(added.status()).toBe(201);
  const { replyId } = (await added.json()) as { replyId: string };
  const [file] = await sql<{ id: string }>(`SELECT id FROM "ReplyAttachment" WHERE "replyId" = $1`, [replyId]);

  const other = await browser.newContext({ baseURL: new URL(page.url()).origin, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.251" } });
  const intruder = await other.newPage();
  const intruderEmail = uniqueEmail("reply-intruder");
  await signIn(intruder, mailbox, intruderEmail, "/dashboard");
  const mine = await seedRequest(sql, intruderEmail, { regime: "eu-gdpr", rights: ["access"], sentOn: addDays(today(), -10), country: "DE" });

  expect((await intruder.goto(`/requests/${owned.id}`))?.status()).toBe(404);
  for (const path of [
    `/requests/${owned.id}/replies/${replyId}/raw`,
    `/requests/${owned.id}/replies/${replyId}/files/${file!.id}`,
    `/requests/${mine.id}/replies/${replyId}/raw`,
    `/requests/${mine.id}/replies/${replyId}/files/${file!.id}`,
  ]) {
    const response = await intruder.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Privacy Team");
  }
  const theirs = await upload(intruder.request, owned.id, { text: "Please find attached your data." });
  expect(theirs.status()).toBe(404);
  await intruder.goto(`/requests/${mine.id}`);
  await expect(intruder.getByText("Your data access request")).toHaveCount(0);
  const [count] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "Reply" WHERE "requestId" = $1`, [owned.id]);
  expect(count?.n).toBe("1");
  const signedOut = await (await browser.newContext({ baseURL: new URL(page.url()).origin })).request.get(`/requests/${owned.id}/replies/${replyId}/raw`);
  expect(signedOut.status()).toBe(401);
  await other.close();
});

test("hostile uploads get a clear refusal or a safe rendering, never a 500", async ({ page, mailbox, sql }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("reply-fuzz");
  await signIn(page, mailbox, email, "/dashboard");
  const seeded = await seedRequest(sql, email, { regime: "eu-gdpr", rights: ["access", "portability"], sentOn: addDays(today(), -10), country: "DE" });
  const file = (name: string, buffer: Buffer | Uint8Array, mimeType = "application/octet-stream") => ({ name, mimeType, buffer: Buffer.from(buffer) });
  const refused = async (multipart: Parameters<typeof upload>[2], status: number, reason: string) => {
    const response = await upload(page.request, seeded.id, multipart);
    expect(response.status(), reason).toBe(status);
    const body = (await response.json()) as { reason: string; message: string };
    expect(body.reason).toBe(reason);
    expect(body.message.length).toBeGreaterThan(10);
  };

  await refused({ message: file("reply.eml", Buffer.from("\u0000\u0001\u0002 binary, no headers at all")) }, 422, "malformed");
  await refused(
    { message: file("reply.eml", Buffer.from('From: a@b.example\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--nope\r\n')) },
    422,
    "empty",
  );
  await refused({ message: file("reply.msg", Buffer.from("not an outlook file")) }, 422, "malformed");
  await refused({ text: "Data attached.", files: file("huge.json", Buffer.alloc(3 * 1024 * 1024, 0x20)) }, 413, "file-too-large");
  await refused({ text: "Data attached.", files: file("huge.bin", Buffer.alloc(5 * 1024 * 1024, 0x20)) }, 413, "too-large");
  await refused({ text: "   " }, 422, "empty");
  const notForm = await page.request.post(`/requests/${seeded.id}/replies`, {
    data: "{}",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
  });
  expect(notForm.status()).toBe(415);
  const crossSite = await page.request.post(`/requests/${seeded.id}/replies`, {
    multipart: { text: "x" },
    headers: { Origin: "https://evil.example", Accept: "application/json" },
  });
  expect(crossSite.status()).toBe(403);
  expect((await upload(page.request, "not-a-real-id!", { text: "x" })).status()).toBe(404);

  const bomb = buildZip([
    { name: "bomb.bin", data: "0", declaredSize: 4_000_000_000 },
    { name: "nested.zip", data: buildZip([{ name: "inner.json", data: "{}" }]) },
  ]);
  const bombed = await upload(page.request, seeded.id, { text: "Please find attached your data.", files: file("data.zip", bomb, "application/zip") });
  expect(bombed.status()).toBe(201);

  const html = buildEml({
    html: true,
    zip: null,
    subject: "HTML reply",
    date: mailDate(),
    text: '<html><body><script>document.title="pwned"</script><p onclick="x()">Please find attached your data.</p><img src="https://tracker.example/x.gif"></body></html>',
  });
  expect((await upload(page.request, seeded.id, { message: file("html.eml", Buffer.from(html), "message/rfc822") })).status()).toBe(201);

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.goto(`/requests/${seeded.id}`);
  const htmlReply = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "HTML reply" }) });
  await expect(htmlReply.locator("pre")).toContainText("Please find attached your data.");
  await expect(htmlReply.locator("pre")).not.toContainText("pwned");
  await expect(htmlReply).toContainText("shown as text");
  expect(await page.title()).not.toBe("pwned");
  expect(await page.locator('img[src^="https://tracker.example"]').count()).toBe(0);
  const bombReply = page.getByRole("listitem", { name: "Reply without a subject" });
  await expect(bombReply).toContainText("zip bomb");
  await bombReply.getByText(/What the archive holds/).click();
  await expect(bombReply).toContainText("nested.zip");
  expect(dialogs).toBe(0);

  // Without JavaScript the form posts and the browser follows the 303 back to the page.
  const plain = await page.request.post(`/requests/${seeded.id}/replies`, { multipart: { text: "" }, maxRedirects: 0 });
  expect(plain.status()).toBe(303);
  expect(plain.headers().location).toBe(`/requests/${seeded.id}?reply-error=empty#replies`);
});
