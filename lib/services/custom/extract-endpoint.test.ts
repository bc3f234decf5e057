import { describe, expect, it } from "vitest";
import { MAX_POLICY_BYTES } from "../extractor/formats";
import { handleExtractRequest, MAX_BODY_BYTES, type ExtractResponse } from "./extract-endpoint";
import { MAX_SOURCE_CHARS } from "./schema";

const signedIn = async (): Promise<string | null> => "user-1";
const signedOut = async (): Promise<string | null> => null;
const URL = "http://localhost/api/custom-services/extract";

function upload(bytes: Uint8Array<ArrayBuffer>, name: string): Request {
  const form = new FormData();
  form.set("file", new File([bytes], name));
  return new Request(URL, { method: "POST", body: form });
}
function paste(text: string): Request {
  const form = new FormData();
  form.set("text", text);
  return new Request(URL, { method: "POST", body: form });
}
async function call(request: Request, user = signedIn): Promise<{ status: number; body: ExtractResponse }> {
  const response = await handleExtractRequest(request, user);
  return { status: response.status, body: (await response.json()) as ExtractResponse };
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("POST /api/custom-services/extract", () => {
  it("proposes facts from a pasted policy, each with its span", async () => {
    const { status, body } = await call(paste("Write to privacy@example.org. We respond within 30 days."));
    expect(status).toBe(200);
    if (!body.ok) throw new Error(body.message);
    expect(body.proposals.map((p) => [p.kind, p.value, body.text.slice(p.start, p.end)])).toEqual([
      ["email", "privacy@example.org", "privacy@example.org"],
      ["duration", "30 days", "30 days"],
    ]);
  });

  it("only answers signed-in users", async () => {
    expect(await call(paste("privacy@example.org"), signedOut)).toMatchObject({ status: 401, body: { ok: false, reason: "signed-out" } });
  });

  it("rejects empty input, an empty file and a file of another type", async () => {
    expect(await call(paste("  \n "))).toMatchObject({ status: 422, body: { reason: "empty" } });
    expect(await call(upload(new Uint8Array(), "p.txt"))).toMatchObject({ status: 422, body: { reason: "empty" } });
    expect(await call(new Request(URL, { method: "POST", body: new FormData() }))).toMatchObject({ status: 422, body: { reason: "empty" } });
    expect(await call(upload(utf8("%PDF"), "p.pdf"))).toMatchObject({ status: 415, body: { reason: "unsupported-type" } });
  });

  it("rejects more than 2 MB by Content-Length, by the bytes sent, and by the file's size", async () => {
    const declared = new Request(URL, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_BODY_BYTES + 1) },
      body: "--x--",
    });
    expect(await call(declared)).toMatchObject({ status: 413, body: { reason: "too-large" } });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
        controller.close();
      },
    });
    const chunked = new Request(URL, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await call(chunked)).toMatchObject({ status: 413, body: { reason: "too-large" } });
    const { status, body } = await call(upload(new Uint8Array(MAX_POLICY_BYTES + 1).fill(0x61), "big.txt"));
    expect(status).toBe(413);
    expect(!body.ok && body.message).toMatch(/2 MB/);
  });

  it("rejects binary and non-UTF-8 files with a message that says what to do", async () => {
    const binary = await call(upload(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), "scan.txt"));
    expect(binary).toMatchObject({ status: 422, body: { reason: "binary" } });
    const latin1 = await call(upload(new Uint8Array([0x50, 0x72, 0x69, 0x76, 0x61, 0x63, 0xe9]), "latin1.txt"));
    expect(latin1).toMatchObject({ status: 422, body: { reason: "not-utf8" } });
    expect(!latin1.body.ok && latin1.body.message).toMatch(/UTF-8/);
  });

  it("reduces HTML to text, drops scripts and says so", async () => {
    const html = '<html><body><p>Email <a href="mailto:dpo@example.org">us</a></p><script>alert("x")</script></body></html>';
    const { body } = await call(upload(utf8(html), "policy.html"));
    if (!body.ok) throw new Error(body.message);
    expect(body.warnings).toEqual(["The page contained a script. It was removed and never run; only the text is kept."]);
    expect(body.text).not.toMatch(/<|alert/);
    expect(body.format).toBe("html");
    expect(body.sourceName).toBe("policy.html");
  });

  it("reads pasted HTML source as HTML", async () => {
    const { body } = await call(paste("<!DOCTYPE html><html><script>x()</script><p>Write to dpo@example.org</p></html>"));
    if (!body.ok) throw new Error(body.message);
    expect(body.format).toBe("html");
    expect(body.text).not.toContain("x()");
  });

  it("refuses a text too long to save and a body that is not a form", async () => {
    expect(await call(paste("a ".repeat(MAX_SOURCE_CHARS)))).toMatchObject({ status: 413, body: { reason: "too-long-to-save" } });
    const json = new Request(URL, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await call(json)).toMatchObject({ status: 400, body: { reason: "bad-request" } });
  });
});
