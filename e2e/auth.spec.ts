import { expect, signIn, signInLink, test, uniqueEmail } from "./support/fixtures";

test.describe("sign-in with a magic link", () => {
  test("an anonymous visit to the dashboard is sent to sign-in and back", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("a new user signs in from the emailed link, sees the dashboard, and signs out", async ({ page, mailbox, context }) => {
    const email = uniqueEmail("new");
    await signIn(page, mailbox, email);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Your requests" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

    const message = (await mailbox.messages(email))[0]!;
    expect(message.subject).toBe("Sign in to RightsDesk");
    expect(message.html).toContain("Sign in");
    expect(message.text).toContain("expires in 30 minutes");

    const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  });

  test("a link works once: used again, it is refused with a clear page", async ({ page, mailbox, browser }) => {
    const email = uniqueEmail("once");
    const link = await signIn(page, mailbox, email);
    await expect(page).toHaveURL(/\/dashboard$/);
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await expect(second).toHaveURL(/\/signin\/error\?error=Verification/);
    await expect(second.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await expect(second.locator("main").getByRole("alert")).toContainText("already been used or has expired");
    await other.close();
  });

  test("an expired link is refused", async ({ page, mailbox, sql }) => {
    const email = uniqueEmail("late");
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const link = signInLink(await mailbox.waitFor(email));
    const expired = await sql(`UPDATE "VerificationToken" SET expires = now() - interval '1 minute' WHERE identifier = $1 RETURNING identifier`, [email]);
    expect(expired).toHaveLength(1);
    await page.goto(link);
    await expect(page).toHaveURL(/\/signin\/error\?error=Verification/);
    await expect(page.locator("main").getByRole("alert")).toContainText("expired");
  });

  test("the sign-in form explains a bad address before sending anything", async ({ page, mailbox }) => {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter an email address like name@example.org.")).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(await mailbox.messages("not-an-address")).toHaveLength(0);
  });

  test("sign-in mail to one address is rate-limited with a clear message", async ({ page, mailbox }) => {
    const email = uniqueEmail("busy");
    for (let i = 1; i <= 5; i++) {
      await page.goto("/signin");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page.getByRole("status")).toContainText("Check your email");
      await mailbox.waitFor(email, i);
    }
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("Too many sign-in emails");
    expect(await mailbox.messages(email)).toHaveLength(5);
  });

  test("pages carry the security headers", async ({ request }) => {
    // A page rendered per request; the pages built ahead list their scripts' hashes (static-pages.spec.ts).
    const res = await request.get("/signin");
    const headers = res.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
