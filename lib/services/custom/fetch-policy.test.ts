import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analysePolicy } from "../extractor/analyse";
import { readPolicyUpload } from "./read-upload";
import { handleExtractRequest, type ExtractResponse } from "./extract-endpoint";
import { fetchPolicy, isBlockedAddress, routeFetchOptions, type FetchOptions } from "./fetch-policy";

// A local server stands in for the web; the test, and only the test, allows loopback.
const ALLOW: FetchOptions = { allowLoopbackForTests: true };
const POLICY_HTML = `<!doctype html><html><head><title>Privacy</title><script>alert(1)</script></head><body>
<h1>Privacy Policy</h1><p>Last updated: 17 April 2024</p>
<p>Write to <a href="mailto:privacy@example.com">privacy@example.com</a>. You can <a href="/account/delete">delete your account</a> at any time.</p>
<p>We will respond within 30 days.</p></body></html>`;

let server: Server;
let origin = "";
const routes: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/policy": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(POLICY_HTML),
  "/policy.txt": (res) => res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from("Données: privacy@example.com", "latin1")),
  "/gzip": (res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(POLICY_HTML)),
  "/to-private": (res) => res.writeHead(302, { location: "http://10.0.0.1/policy" }).end(),
  "/to-metadata": (res) => res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-policy": (res) => res.writeHead(302, { location: "/policy" }).end(),
  "/loop": (res) => res.writeHead(302, { location: "/loop" }).end(),
  "/hang": () => {},
  "/big": (res) => res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(5_000)),
  "/big-chunked": (res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 10; i++) res.write("y".repeat(1_000));
    res.end();
  },
  "/bomb": (res) => res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(200_000, 0x61))),
  "/image": (res) => res.writeHead(200, { "content-type": "image/png" }).end("not a png"),
  "/missing": (res) => res.writeHead(404, { "content-type": "text/html" }).end("no"),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ""] ?? ((r) => r.writeHead(404).end()))(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("isBlockedAddress", () => {
  it("refuses loopback, private, link-local, unique-local, metadata and mapped addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.5.4",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a00:1",
      "not-an-ip",
    ]) {
      expect([a, isBlockedAddress(a)]).toEqual([a, true]);
    }
    for (const a of ["93.184.216.34", "2606:4700:4700::1111", "8.8.8.8"]) expect([a, isBlockedAddress(a)]).toEqual([a, false]);
  });

  it("lets a test through to loopback only, never to a private network", () => {
    expect(isBlockedAddress("127.0.0.1", ALLOW)).toBe(false);
    expect(isBlockedAddress("10.0.0.1", ALLOW)).toBe(true);
    expect(isBlockedAddress("169.254.169.254", ALLOW)).toBe(true);
  });
});

describe("the route's options", () => {
  it("allow nothing by default, and one loopback port when the e2e launcher names it", async () => {
    expect(routeFetchOptions({})).toEqual({});
    expect(routeFetchOptions({ RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT: "80" })).toEqual({});
    const port = Number(new URL(origin).port);
    expect(await fetchPolicy(`${origin}/policy`, routeFetchOptions({ RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT: String(port) }))).toMatchObject({ ok: true });
    expect(await fetchPolicy(`${origin}/policy`, routeFetchOptions({ RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT: String(port + 1) }))).toMatchObject({
      ok: false,
      reason: "blocked-address",
    });
  });
});

describe("fetchPolicy", () => {
  it("refuses a loopback address and a local name without the test allowance", async () => {
    expect(await fetchPolicy(`${origin}/policy`)).toMatchObject({ ok: false, reason: "blocked-address" });
    expect(await fetchPolicy(`http://localhost:${new URL(origin).port}/policy`)).toMatchObject({ ok: false, reason: "blocked-address" });
  });

  it("reads numeric and bracketed forms of local addresses as what they are", async () => {
    for (const u of ["http://2130706433/", "http://0x7f.1/", "http://[::1]/", "http://[::ffff:169.254.169.254]/"]) {
      const result = await fetchPolicy(u);
      expect([u, result.ok ? "fetched" : result.reason]).toEqual([u, "blocked-address"]);
    }
  });

  it("refuses other schemes and addresses with credentials", async () => {
    for (const u of ["ftp://example.com/policy", "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@example.com/", "not a url"]) {
      expect(await fetchPolicy(u)).toMatchObject({ ok: false, reason: "bad-url" });
    }
  });

  it("fetches a page, following a redirect, and decompresses it", async () => {
    const page = await fetchPolicy(`${origin}/to-policy`, ALLOW);
    expect(page).toMatchObject({ ok: true, url: `${origin}/policy`, contentType: "html", charset: "utf-8" });
    const zipped = await fetchPolicy(`${origin}/gzip`, ALLOW);
    expect(zipped.ok && new TextDecoder().decode(zipped.bytes)).toBe(POLICY_HTML);
  });

  it("checks every redirect's address again", async () => {
    expect(await fetchPolicy(`${origin}/to-private`, ALLOW)).toMatchObject({ ok: false, reason: "blocked-address" });
    expect(await fetchPolicy(`${origin}/to-metadata`, ALLOW)).toMatchObject({ ok: false, reason: "blocked-address" });
    expect(await fetchPolicy(`${origin}/loop`, ALLOW)).toMatchObject({ ok: false, reason: "too-many-redirects" });
  });

  it("cuts off a page that hangs, and one that is too large, also once decompressed", async () => {
    const hang = await fetchPolicy(`${origin}/hang`, { ...ALLOW, limits: { timeoutMs: 300 } });
    expect(hang).toMatchObject({ ok: false, reason: "fetch-timeout" });
    const small = { ...ALLOW, limits: { maxBytes: 1_000 } };
    for (const path of ["/big", "/big-chunked", "/bomb"])
      expect(await fetchPolicy(`${origin}${path}`, small)).toMatchObject({ ok: false, reason: "fetch-too-large" });
  });

  it("says why a page could not be read", async () => {
    expect(await fetchPolicy(`${origin}/image`, ALLOW)).toMatchObject({ ok: false, reason: "unsupported-type" });
    const missing = await fetchPolicy(`${origin}/missing`, ALLOW);
    expect(missing).toMatchObject({ ok: false, reason: "http-error" });
    expect(!missing.ok && missing.message).toContain("404");
    expect(await fetchPolicy("http://nothing-here.invalid/policy", ALLOW)).toMatchObject({ ok: false, reason: "unreachable" });
  });
});

describe("adding a service by its address", () => {
  const request = (url: string) => {
    const form = new FormData();
    form.set("url", url);
    return new Request("http://localhost/api/custom-services/extract", { method: "POST", body: form });
  };
  const call = async (url: string) => {
    const response = await handleExtractRequest(
      request(url),
      async () => "user-1",
      (contentType, body) => readPolicyUpload(contentType, body, (u) => fetchPolicy(u, ALLOW)),
    );
    return { status: response.status, body: (await response.json()) as ExtractResponse };
  };

  it("proposes cited facts from the page, with its relative links made absolute", async () => {
    const { status, body } = await call(`${origin}/policy`);
    expect(status).toBe(200);
    if (!body.ok) throw new Error(body.message);
    expect(body.sourceName).toBe(`${origin}/policy`);
    const values = body.proposals.map((p) => [p.kind, p.value]);
    expect(values).toEqual(
      expect.arrayContaining([
        ["email", "privacy@example.com"],
        ["url", `${origin}/account/delete`],
        ["effective-date", "2024-04-17"],
        ["duration", "30 days"],
      ]),
    );
    for (const p of body.proposals) expect(body.text.slice(p.start, p.end)).toBe(p.quote);
    expect(body.text).not.toContain("alert(1)");
  });

  it("decodes a page in the charset the server names", async () => {
    const { body } = await call(`${origin}/policy.txt`);
    expect(body.ok && body.text).toBe("Données: privacy@example.com");
  });

  it("refuses a private address with a reason, as a client error", async () => {
    const refused = await handleExtractRequest(request("http://169.254.169.254/latest/meta-data/"), async () => "user-1");
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ ok: false, reason: "blocked-address", message: expect.stringContaining("private or local network") });
    const bad = await handleExtractRequest(request("javascript:alert(1)"), async () => "user-1");
    expect(bad.status).toBe(400);
  });
});

describe("PDF policies", () => {
  it("reads a PDF's text layer and explains a PDF without one", async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText("Privacy Policy. Contact privacy@example.com. We respond within 30 days.", {
      x: 30,
      y: 700,
      size: 10,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    const withText = analysePolicy({ kind: "fetched", bytes: await doc.save(), contentType: "pdf", charset: null, url: "https://example.com/p.pdf" });
    expect(withText.ok && withText.extraction.proposals.some((p) => p.kind === "email" && p.address === "privacy@example.com")).toBe(true);
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(analysePolicy({ kind: "fetched", bytes: await blank.save(), contentType: "pdf", charset: null, url: "https://example.com/scan.pdf" })).toMatchObject(
      { ok: false, reason: "pdf-no-text" },
    );
    expect(
      analysePolicy({
        kind: "fetched",
        bytes: new TextEncoder().encode("<html>not a pdf"),
        contentType: "pdf",
        charset: null,
        url: "https://example.com/x.pdf",
      }),
    ).toMatchObject({ ok: false, reason: "pdf-unreadable" });
  });
});

describe("pages that are not a readable policy", () => {
  const fetched = (html: string, charset: string | null = "utf-8") =>
    analysePolicy({ kind: "fetched", bytes: new TextEncoder().encode(html), contentType: "html", charset, url: "https://example.com/privacy" });

  it("explains a page that is all script or a cookie wall with nothing behind it", () => {
    const wall = fetched("<html><body><script>renderApp()</script><noscript>Enable JavaScript</noscript></body></html>");
    expect(wall).toMatchObject({ ok: false, reason: "empty", message: expect.stringContaining("cookie banner") });
  });

  it("proposes what it can from broken markup", () => {
    const broken = fetched('<div><p>Contact <a href="mailto:dpo@example.com">our DPO</a><p>Last updated: 1 March 2024<div><b>unclosed');
    expect(broken.ok && broken.extraction.proposals.map((p) => p.kind)).toEqual(expect.arrayContaining(["email", "dpo", "effective-date"]));
  });

  it("reads a page with no charset that is not UTF-8 as Windows-1252", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Donn"), 0xe9, ...new TextEncoder().encode("es: privacy@example.com")]);
    const page = analysePolicy({ kind: "fetched", bytes, contentType: "text", charset: null, url: "https://example.com/p.txt" });
    expect(page.ok && page.extraction.text).toBe("Données: privacy@example.com");
  });
});
