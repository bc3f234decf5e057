import { readFileSync } from "node:fs";
import { expect, signInLink, test, uniqueEmail, type Mailbox } from "./support/fixtures";
import { CookieJar, freshClient, rawRequest, type RawOptions } from "./support/raw-http";

// Attacks an outsider makes on a running production build that trusts no proxy. Each client is a
// loopback address of its own, so one test's budget never spills into another's.
let BASE = "";
test.beforeEach(({ baseURL }) => {
  BASE = baseURL!;
});
const raw = (path: string, options: RawOptions = {}) => rawRequest(path.startsWith("http") ? path : `${BASE}${path}`, options);

async function csrf(jar: CookieJar, localAddress: string): Promise<string> {
  const res = await raw("/api/auth/csrf", { jar, localAddress });
  return (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
}

/** Asks for a sign-in mail with a body shaped by `shape`; returns the HTTP status. */
async function askForLink(localAddress: string, shape: (csrfToken: string) => RawOptions, headers: Record<string, string> = {}): Promise<number> {
  const jar = new CookieJar();
  const token = await csrf(jar, localAddress);
  const options = shape(token);
  const res = await raw("/api/auth/signin/email", { method: "POST", jar, localAddress, ...options, headers: { ...options.headers, ...headers } });
  return res.status;
}

async function signInOverHttp(mailbox: Mailbox, email: string, localAddress: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfToken = await csrf(jar, localAddress);
  const before = (await mailbox.messages(email)).length;
  await raw("/api/auth/signin/email", { method: "POST", jar, localAddress, form: { email, csrfToken, callbackUrl: `${BASE}/dashboard`, json: "true" } });
  await raw(signInLink(await mailbox.waitFor(email, before + 1)), { jar, localAddress });
  expect(jar.has("next-auth.session-token")).toBe(true);
  return jar;
}

async function mailCount(mailbox: Mailbox, email: string): Promise<number> {
  // The last request's mail may still be on its way: wait until the count stops moving.
  let last = -1;
  let count = (await mailbox.messages(email)).length;
  while (count !== last) {
    last = count;
    await new Promise((resume) => setTimeout(resume, 700));
    count = (await mailbox.messages(email)).length;
  }
  return count;
}

test.describe("sign-in mail limits hold whatever the request looks like", () => {
  test("a JSON body is counted like a form", async ({ mailbox }) => {
    const victim = uniqueEmail("json-victim");
    const client = freshClient();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        await askForLink(client, (csrfToken) => ({
          body: JSON.stringify({ email: victim, csrfToken, json: "true" }),
          headers: { "content-type": "application/json" },
        })),
      );
    }
    expect(await mailCount(mailbox, victim)).toBe(5);
    expect(statuses.at(-1)).toBe(429);
  });

  test("a repeated email field is counted as the one next-auth uses", async ({ mailbox }) => {
    const victim = uniqueEmail("dup-victim");
    const client = freshClient();
    for (let i = 0; i < 7; i++) {
      await askForLink(client, (csrfToken) => ({
        form: [
          ["email", `decoy${i}-${victim}`],
          ["email", victim],
          ["csrfToken", csrfToken],
          ["json", "true"],
        ],
      }));
    }
    expect(await mailCount(mailbox, victim)).toBeLessThanOrEqual(5);
  });

  test("an address with a comma suffix is refused, not cut to the victim's", async ({ mailbox }) => {
    const victim = uniqueEmail("comma-victim");
    const client = freshClient();
    for (let i = 0; i < 7; i++) await askForLink(client, (csrfToken) => ({ form: { email: `${victim},${i}`, csrfToken, json: "true" } }));
    expect(await mailCount(mailbox, victim)).toBeLessThanOrEqual(5);
  });

  test("a rotating X-Forwarded-For does not make a new client when no proxy is trusted", async ({ mailbox }) => {
    const client = freshClient();
    const addresses = Array.from({ length: 23 }, (_, i) => uniqueEmail(`spray${i}`));
    const statuses: number[] = [];
    for (const [i, email] of addresses.entries()) {
      statuses.push(await askForLink(client, (csrfToken) => ({ form: { email, csrfToken, json: "true" } }), { "x-forwarded-for": `203.0.113.${i + 1}` }));
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429]);
    let delivered = 0;
    for (const email of addresses) delivered += await mailCount(mailbox, email);
    expect(delivered).toBe(20);
  });

  test("an oversized or malformed sign-in body gets 413 or 400, not 500", async () => {
    const client = freshClient();
    expect(await askForLink(client, () => ({ body: "x".repeat(100_000), headers: { "content-type": "application/x-www-form-urlencoded" } }))).toBe(413);
    expect(await askForLink(client, () => ({ body: '{"email":', headers: { "content-type": "application/json" } }))).toBe(400);
    expect(await askForLink(client, () => ({ body: Buffer.from([0xff, 0xfe, 0, 1]), headers: { "content-type": "application/json" } }))).toBe(400);
  });
});

test("a 2 MB adversarial policy never holds up other requests", async ({ mailbox }) => {
  test.setTimeout(120_000);
  const client = freshClient();
  const jar = await signInOverHttp(mailbox, uniqueEmail("stall"), client);
  // The shapes that were quadratic: word runs with no "@", unclosed tags and links, dotted runs.
  const part = (s: string) => s.repeat(Math.ceil(345_000 / s.length)).slice(0, 345_000);
  const html = `<html><body><p>${part("a")}</p>${part("<a ")}${part("<a href=x>y")}${part("a.")}${part("http://x")}${part("&#x")}</body></html>`;
  const boundary = "----hardening";
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="policy.html"\r\nContent-Type: text/html\r\n\r\n`),
    Buffer.from(html),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  expect(body.byteLength).toBeGreaterThan(2_000_000);
  expect(html.length).toBeLessThan(2 * 1024 * 1024);

  const upload = raw("/api/custom-services/extract", {
    method: "POST",
    jar,
    localAddress: client,
    body,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: BASE },
  });
  let done = false;
  void upload.finally(() => (done = true));
  const health: number[] = [];
  while (!done) {
    const res = await raw("/api/health", { localAddress: freshClient() });
    expect(res.status).toBe(200);
    health.push(res.ms);
    await new Promise((resume) => setTimeout(resume, 50));
  }
  const answer = await upload;
  // Read whole and refused as too long to keep: the work was done, off the request thread.
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ ok: false, reason: "too-long-to-save" });
  expect(health.length).toBeGreaterThan(0);
  expect(Math.max(...health)).toBeLessThan(200);
});

type ManifestEntry = { exportedName?: string; workers: Record<string, unknown> };

/** Every server action of the build: its id, its name and a page that serves it. */
function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    // Pages live under app/[locale]/ and are addressed without it (the proxy adds the locale).
    const page = `/${worker
      .replace(/^app\//, "")
      .replace(/^\[locale\](?:\/|$)/, "")
      .replace(/\/page$/, "")
      .replace(/^page$/, "")}`;
    return { id, name: entry.exportedName ?? id, page: page.replace(/\[[^[\]]+\]/g, "x") };
  });
}

const LONE = "\ud800";
const ARGUMENT_SHAPES: unknown[][] = [
  [],
  [null],
  [42, true],
  ["x".repeat(100_000)],
  [`a\u0000b${LONE}`],
  [{ service: "netflix\u0000", name: "\u202eevil\r\nBcc: x@y.org", type: [], on: { $gt: "" } }],
  [`id${LONE}`, { body: `note\u0000${LONE}` }],
  ["../../etc/passwd", "x", "Europe/Nowhere\r\nforged"],
  [[[[[[[[[[[[[[["deep"]]]]]]]]]]]]]]],
];

test("every server action and route handler answers bad input without a 5xx, and nobody reaches another user's rows", async ({ mailbox, sql }) => {
  test.setTimeout(240_000);
  const owner = freshClient();
  const victimJar = await signInOverHttp(mailbox, uniqueEmail("fuzz-victim"), owner);
  const attacker = freshClient();
  const jar = await signInOverHttp(mailbox, uniqueEmail("fuzz-attacker"), attacker);
  const actions = serverActions();
  expect(actions.length).toBeGreaterThan(15);

  // The victim starts a draft; its id is what the attacker tries with every action.
  const start = actions.find((a) => a.name === "startDraftAction")!;
  const started = await raw(start.page, {
    method: "POST",
    jar: victimJar,
    localAddress: owner,
    body: JSON.stringify([{ service: "netflix" }]),
    headers: { "next-action": start.id, "content-type": "text/plain;charset=UTF-8", origin: BASE },
  });
  const victimDraft = /\/requests\/new\/([A-Za-z0-9_-]+)\//.exec(String(started.headers["x-action-redirect"] ?? started.body))?.[1];
  expect(victimDraft).toBeTruthy();
  const [before] = await sql<{ data: unknown; step: string }>(`SELECT data, step FROM "RequestDraft" WHERE id = $1`, [victimDraft]);

  const failures: string[] = [];
  const call = async (action: { id: string; page: string; name: string }, body: string | Buffer, type = "text/plain;charset=UTF-8") => {
    const res = await raw(action.page, {
      method: "POST",
      jar,
      localAddress: attacker,
      body,
      headers: { "next-action": action.id, "content-type": type, origin: BASE },
    });
    if (res.status >= 500) failures.push(`${action.name} ${res.status} ${String(body).slice(0, 60)}`);
  };
  for (const action of actions.filter((a) => a.name !== "deleteAccountAction")) {
    for (const args of [...ARGUMENT_SHAPES, [victimDraft, { rights: ["access"] }], [victimDraft, victimDraft, "UTC"]]) await call(action, JSON.stringify(args));
    await call(action, Buffer.alloc(1_100_000, 97));
    await call(action, Buffer.from([0xff, 0xfe, 0xfd, 0x00]));
    await call(action, `${"[".repeat(50_000)}${"]".repeat(50_000)}`);
    await call(action, "--x\r\nbroken", "multipart/form-data; boundary=x");
    await call(action, "[]", "application/octet-stream");
  }

  const odd = ["%00", "%ED%A0%80", "..%2F..%2Fetc", "x".repeat(3000), "%E2%80%AE", victimDraft!];
  const routes = [
    ...odd.flatMap((id) => [
      `/requests/${id}`,
      `/requests/${id}/evidence.pdf`,
      `/requests/${id}/deadline.ics`,
      `/requests/${id}/follow-up/letter.eml?lang=%00`,
      `/requests/${id}/complaint/letter.pdf?authority=%ED%A0%80`,
      `/requests/new/${id}/letter.pdf`,
      `/requests/new/${id}/rights`,
      `/services/custom/${id}`,
      `/services/${id}`,
      `/services/${id}/correct`,
      `/requests/bulk?companies=${id}&category=${id}`,
      `/services?q=${id}&category=${id}&country=${id}`,
      `/api/v1/services/${id}`,
      `/api/v1/documents/${id}`,
      `/calendar/${id}/deadlines.ics`,
      `/requests/${id}/replies/${id}/raw`,
      `/requests/${id}/replies/${id}/files/${id}`,
    ]),
    ...odd.map((id) => `/settings/reminders/unsubscribe?token=${id}`),
    "/dashboard?group=%00&page=-1&sort=%ED%A0%80&batch=%00",
    "/account/corrections.json",
    "/account/export.json",
    "/deadlines?regime=%00&receivedOn=99999-99-99",
  ];
  for (const path of routes) {
    const res = await raw(path, { jar, localAddress: attacker });
    if (res.status >= 500) failures.push(`GET ${path.slice(0, 80)} ${res.status}`);
  }
  for (const [path, body, type] of [
    ["/api/custom-services/extract", "garbage", "multipart/form-data; boundary=zz"],
    ["/api/custom-services/extract", `text=${"%00".repeat(10)}`, "application/x-www-form-urlencoded"],
    ["/api/reminders/unsubscribe?token=%00", "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded"],
    ["/api/reminders/sweep", "{}", "application/json"],
    ["/api/auth/signin/email", "email=%00%ED%A0%80@x.org", "application/x-www-form-urlencoded"],
  ] as const) {
    const res = await raw(path, { method: "POST", jar, localAddress: attacker, body, headers: { "content-type": type, origin: BASE } });
    // The sweep answers 503 by design while no CRON_SECRET is configured.
    if (res.status >= 500 && !(path === "/api/reminders/sweep" && res.status === 503)) failures.push(`POST ${path} ${res.status}`);
  }
  expect(failures).toEqual([]);

  const [after] = await sql<{ data: unknown; step: string }>(`SELECT data, step FROM "RequestDraft" WHERE id = $1`, [victimDraft]);
  expect(after).toEqual(before);
  const storedBadText = await sql(`SELECT id FROM "CustomService" WHERE name ~ '[\\x01-\\x08\\u202e]' LIMIT 1`);
  expect(storedBadText).toEqual([]);
});
