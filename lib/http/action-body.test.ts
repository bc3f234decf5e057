import { describe, expect, it } from "vitest";
import { checkActionBody, jsonDepth, MAX_ACTION_BODY_BYTES } from "./action-body";

const utf8 = (text: string) => new TextEncoder().encode(text);
const status = (type: string | null, body: Uint8Array) => {
  const verdict = checkActionBody(type, body);
  return verdict.ok ? 200 : verdict.status;
};

describe("server action bodies", () => {
  it("lets through what actions send: JSON arguments as text/plain, forms", () => {
    expect(status("text/plain;charset=UTF-8", utf8('["draft",{"name":"Zoë"}]'))).toBe(200);
    expect(status("multipart/form-data; boundary=x", utf8("--x--"))).toBe(200);
  });

  it("answers 413, 415 or 400, never passes on what Next would answer with a 500", () => {
    expect(status("text/plain", new Uint8Array(MAX_ACTION_BODY_BYTES + 1))).toBe(413);
    expect(status("application/octet-stream", utf8("[]"))).toBe(415);
    expect(status(null, utf8("[]"))).toBe(415);
    expect(status("text/plain", new Uint8Array([0xff, 0xfe, 0x00]))).toBe(400);
    expect(status("text/plain", utf8('{"a":'))).toBe(400);
    expect(status("text/plain", utf8(`${"[".repeat(100_000)}${"]".repeat(100_000)}`))).toBe(400);
  });

  it("measures nesting without being fooled by brackets inside strings", () => {
    expect(jsonDepth('[{"a":"[[[[\\"]]"}]')).toBe(2);
    expect(jsonDepth("[]")).toBe(1);
    expect(jsonDepth('"x"')).toBe(0);
  });
});

describe("server action multipart bodies", () => {
  it("refuses a form that does not parse", async () => {
    const { checkActionRequest } = await import("./action-body");
    expect(await checkActionRequest("multipart/form-data; boundary=xyz", utf8("garbage"))).toMatchObject({ ok: false, status: 400 });
    const good = utf8('--xyz\r\nContent-Disposition: form-data; name="type"\r\n\r\nacknowledged\r\n--xyz--\r\n');
    expect(await checkActionRequest("multipart/form-data; boundary=xyz", good)).toEqual({ ok: true });
  });
});
