import { test as base, expect, type Page } from "@playwright/test";
import pg from "pg";
import type { StoredMessage } from "./mailbox";

type Options = { mailboxUrl: string };
type Fixtures = { mailbox: Mailbox; sql: Sql; clientIp: string };
export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export class Mailbox {
  constructor(private readonly base: string) {}

  async messages(to: string): Promise<StoredMessage[]> {
    const res = await fetch(`${this.base}/messages?to=${encodeURIComponent(to)}`);
    return (await res.json()) as StoredMessage[];
  }

  /** Waits for the `count`-th message to `to` and returns it. */
  async waitFor(to: string, count = 1): Promise<StoredMessage> {
    let found: StoredMessage[] = [];
    await expect.poll(async () => (found = await this.messages(to)).length, { timeout: 20_000, message: `mail to ${to}` }).toBeGreaterThanOrEqual(count);
    return found[count - 1]!;
  }

  async databaseUrl(): Promise<string> {
    const res = await fetch(`${this.base}/info`);
    return ((await res.json()) as { databaseUrl: string }).databaseUrl;
  }
}

export function signInLink(message: StoredMessage): string {
  const match = message.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/);
  if (!match) throw new Error(`no sign-in link in: ${message.text}`);
  return match[0];
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
}

/** Signs in through the real flow: the form, the mail, the link. Returns the link used. */
export async function signIn(page: Page, mailbox: Mailbox, email: string, returnTo = "/dashboard"): Promise<string> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  const before = (await mailbox.messages(email)).length;
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email");
  const link = signInLink(await mailbox.waitFor(email, before + 1));
  await page.goto(link);
  return link;
}

export const test = base.extend<Fixtures, Options>({
  mailboxUrl: ["http://127.0.0.1:2526", { option: true, scope: "worker" }],
  clientIp: async ({}, use) => {
    await use(`198.51.100.${1 + Math.floor(Math.random() * 250)}`);
  },
  extraHTTPHeaders: async ({ clientIp }, use) => {
    await use({ "x-forwarded-for": clientIp });
  },
  mailbox: async ({ mailboxUrl }, use) => {
    await use(new Mailbox(mailboxUrl));
  },
  sql: async ({ mailboxUrl }, use) => {
    const pool = new pg.Pool({ connectionString: await new Mailbox(mailboxUrl).databaseUrl(), max: 1 });
    await use(async (text, params) => (await pool.query(text, params as unknown[])).rows);
    await pool.end();
  },
});

export { expect };
