// Runs in the worker pool (lib/workers), where the "server-only" guard cannot load; it never reaches a browser bundle.
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { MAX_POLICY_BYTES } from "../extractor/formats";

// Fetches a policy by its address for a signed-in user, without letting the address reach inside
// our network: the name is resolved here, every address it has is checked, and the connection goes
// to the address that was checked (a name that changes its answer between check and connect gains
// nothing). The same holds after every redirect. Size, time and redirects are capped.
export const FETCH_LIMITS: { maxBytes: number; timeoutMs: number; maxRedirects: number } = { maxBytes: MAX_POLICY_BYTES, timeoutMs: 10_000, maxRedirects: 5 };

export type FetchRejection =
  "bad-url" | "blocked-address" | "unreachable" | "fetch-timeout" | "fetch-too-large" | "http-error" | "too-many-redirects" | "unsupported-type";
export type FetchedPolicy =
  { ok: true; url: string; bytes: Uint8Array; contentType: PolicyContentType; charset: string | null } | { ok: false; reason: FetchRejection; message: string };
export type PolicyContentType = "html" | "text" | "markdown" | "pdf";

/**
 * Test-only: lets a test fetch from its own server on a loopback address (any port in unit tests,
 * the listed ports for the e2e server). Private networks stay refused either way.
 */
export type FetchOptions = { allowLoopbackForTests?: boolean; loopbackPortsForTests?: number[]; limits?: Partial<typeof FETCH_LIMITS> };

/**
 * The options the route uses: none, unless the e2e launcher named the one loopback port its policy
 * server listens on (RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT). No deployment sets it.
 */
export function routeFetchOptions(env: Record<string, string | undefined> = process.env): FetchOptions {
  const port = Number(env.RIGHTSDESK_TEST_FETCH_LOOPBACK_PORT ?? "");
  return Number.isInteger(port) && port > 1024 && port < 65536 ? { loopbackPortsForTests: [port] } : {};
}

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["100::", 64],
  ["2002::", 16],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv6");
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

// An IPv6 address that carries an IPv4 one (::ffff:10.0.0.1, 64:ff9b::a00:1) is judged by it.
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex?.[1] || !hex[2]) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** Whether a resolved address is one a fetch must never reach (loopback, private, link-local, metadata...). */
export function isBlockedAddress(address: string, options: FetchOptions = {}): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  const v4 = family === 6 ? embeddedIpv4(address) : address;
  const type = v4 ? "ipv4" : "ipv6";
  const checked = v4 ?? address;
  if (options.allowLoopbackForTests && LOOPBACK.check(checked, type)) return false;
  return BLOCKED.check(checked, type);
}

const MESSAGES: Record<FetchRejection, string> = {
  "bad-url": "Enter the full address of the policy, starting with https:// or http://.",
  "blocked-address": "That address points to a private or local network, which we do not fetch from. Give the policy's public address.",
  unreachable: "The site could not be reached. Check the address, or save the page and upload it instead.",
  "fetch-timeout": "The site took too long to answer, so we stopped. Try again later, or save the page and upload it.",
  "fetch-too-large": "The page is larger than 2 MB. Save only the policy text and upload or paste it.",
  "http-error": "The site did not return the page",
  "too-many-redirects": "The address redirected too many times. Open it in your browser and copy the final address.",
  "unsupported-type": "That address is not a web page, a text file or a PDF. Give the address of the policy page itself.",
};

const fail = (reason: FetchRejection, detail?: string): FetchedPolicy => ({
  ok: false,
  reason,
  message: detail ? `${MESSAGES[reason]} ${detail}` : MESSAGES[reason],
});

export function parsePolicyUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || !url.hostname) return null;
  return url;
}

const TYPES: Record<string, PolicyContentType> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "application/pdf": "pdf",
};

type Checked = { address: string; family: 4 | 6 };

// A resolver that does not answer is cut off with the rest of the fetch.
function withDeadline<T>(work: Promise<T>, deadline: number): Promise<T | "fetch-timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"fetch-timeout">((resolve) => (timer = setTimeout(() => resolve("fetch-timeout"), Math.max(1, deadline - Date.now()))));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function resolveChecked(url: URL, fetchOptions: FetchOptions, deadline: number): Promise<Checked | FetchRejection> {
  const portAllowed = fetchOptions.loopbackPortsForTests?.includes(Number(url.port)) ?? false;
  const options = { allowLoopbackForTests: fetchOptions.allowLoopbackForTests === true || portAllowed };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      const answer = await withDeadline(lookup(host, { all: true, verbatim: true }), deadline);
      if (answer === "fetch-timeout") return answer;
      addresses = answer;
    } catch {
      return "unreachable";
    }
  }
  if (addresses.length === 0) return "unreachable";
  // One private answer is enough to refuse: the name may not be trusted to pick the public one.
  if (addresses.some((a) => isBlockedAddress(a.address, options))) return "blocked-address";
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

type Response1 = { status: number; location: string | null; contentType: string; encoding: string; body: Uint8Array | null; tooLarge: boolean };

function requestOnce(url: URL, target: Checked, deadline: number, maxBytes: number): Promise<Response1 | "fetch-timeout" | "unreachable"> {
  return new Promise((resolve, reject) => {
    // The connection may only go to the address that was checked.
    const pinned: LookupFunction = (_host, opts, callback) => {
      if ((opts as { all?: boolean }).all)
        (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
      else callback(null, target.address, target.family);
    };
    const client = url.protocol === "https:" ? https : http;
    const remaining = Math.max(1, deadline - Date.now());
    let req: http.ClientRequest;
    try {
      req = client.request(url, {
        method: "GET",
        lookup: pinned,
        headers: {
          "user-agent": "RightsDesk policy reader",
          accept: "text/html, text/plain, text/markdown, application/pdf;q=0.9, */*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
        timeout: remaining,
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let done = false;
    const finish = (value: Response1 | "fetch-timeout" | "unreachable") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(value);
    };
    const timer = setTimeout(() => finish("fetch-timeout"), remaining);
    req.on("timeout", () => finish("fetch-timeout"));
    req.on("error", () => finish("unreachable"));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const head = {
        status,
        location: res.headers.location ?? null,
        contentType: String(res.headers["content-type"] ?? ""),
        encoding: String(res.headers["content-encoding"] ?? "identity").toLowerCase(),
      };
      if (status >= 300 && status < 400) return finish({ ...head, body: null, tooLarge: false });
      const declared = Number(res.headers["content-length"] ?? "0");
      if (declared > maxBytes) return finish({ ...head, body: null, tooLarge: true });
      const decoder =
        head.encoding === "gzip" || head.encoding === "x-gzip"
          ? zlib.createGunzip()
          : head.encoding === "deflate"
            ? zlib.createInflate()
            : head.encoding === "br"
              ? zlib.createBrotliDecompress()
              : null;
      const stream = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return finish({ ...head, body: null, tooLarge: true });
        chunks.push(chunk);
      });
      stream.on("end", () => finish({ ...head, body: new Uint8Array(Buffer.concat(chunks)), tooLarge: false }));
      stream.on("error", () => finish("unreachable"));
      res.on("error", () => finish("unreachable"));
    });
    req.end();
  });
}

/** The policy at `address`, or why it could not be read. */
export async function fetchPolicy(address: string, options: FetchOptions = {}): Promise<FetchedPolicy> {
  const limits = { ...FETCH_LIMITS, ...options.limits };
  const parsed = parsePolicyUrl(address);
  if (!parsed) return fail("bad-url");
  let url: URL = parsed;
  const deadline = Date.now() + limits.timeoutMs;
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    const target = await resolveChecked(url, options, deadline);
    if (typeof target === "string") return fail(target);
    if (Date.now() >= deadline) return fail("fetch-timeout");
    // A request Node refuses to even send (a malformed name for TLS, say) is an unreachable page, not a 500.
    const res = await requestOnce(url, target, deadline, limits.maxBytes).catch(() => "unreachable" as const);
    if (typeof res === "string") return fail(res);
    if (res.status >= 300 && res.status < 400) {
      const next = res.location ? parsePolicyUrl(new URL(res.location, url).toString()) : null;
      if (!next) return fail("bad-url", "The site redirected to an address we cannot follow.");
      url = next;
      continue;
    }
    if (res.tooLarge) return fail("fetch-too-large");
    if (res.status < 200 || res.status >= 300)
      return fail(
        "http-error",
        `(it answered ${res.status}${res.status === 403 || res.status === 401 ? ": it may need a sign-in or block automated readers" : ""}). Save the page and upload it instead.`,
      );
    const [mime = "", ...params] = res.contentType
      .toLowerCase()
      .split(";")
      .map((p) => p.trim());
    const type = TYPES[mime] ?? (mime === "" ? "html" : undefined);
    if (!type) return fail("unsupported-type");
    const charset =
      params
        .find((p) => p.startsWith("charset="))
        ?.slice(8)
        .replace(/"/g, "") ?? null;
    if (!res.body || res.body.length === 0) return fail("http-error", "(the page was empty). Save the page and upload it instead.");
    return { ok: true, url: url.toString(), bytes: res.body, contentType: type, charset };
  }
  return fail("too-many-redirects");
}
