import http from "node:http";

// Plain HTTP from a chosen loopback address (127.0.0.2, 127.0.0.3, …): the hardening server trusts
// no proxy, so this is how a test is a client of its own, as an attacker with many hosts would be.
export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };
export type RawOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  form?: Record<string, string> | [string, string][];
  localAddress?: string;
  jar?: CookieJar;
  timeoutMs?: number;
};

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(headers: http.IncomingHttpHeaders) {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string): boolean {
    return [...this.cookies.keys()].some((key) => key.endsWith(name));
  }
}

export function rawRequest(url: string, options: RawOptions = {}): Promise<RawResponse> {
  const target = new URL(url);
  const headers: Record<string, string> = { host: target.host, ...options.headers };
  let body = options.body;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers["content-type"] ??= "application/x-www-form-urlencoded";
  }
  if (options.jar) headers.cookie = options.jar.header();
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers,
        localAddress: options.localAddress,
        timeout: options.timeoutMs ?? 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          options.jar?.take(res.headers);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timed out: ${options.method ?? "GET"} ${target.pathname}`)));
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

let nextHost = 2 + Math.floor(Math.random() * 50);
/** A loopback address no other test in this run uses. */
export function freshClient(): string {
  nextHost += 1;
  return `127.0.${Math.floor(nextHost / 250)}.${2 + (nextHost % 250)}`;
}
