// How long a link Chromium carries to a web server, measured: the longest URL that a click on an <a>
// and window.open deliver intact to a local server. Compose links for webmail are such links, so
// this is the browser's share of their limit (the services' own servers set the rest, see
// lib/letters/compose-links.ts).  Usage: npx tsx scripts/measure-url-limits.ts
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";

const received = new Map<string, number>();
const server = createServer({ maxHeaderSize: 8 * 1024 * 1024 }, (req, res) => {
  const url = req.url ?? "";
  const id = /[?&]id=(\w+)/.exec(url)?.[1];
  if (id) received.set(id, url.length);
  res.writeHead(200, { "Content-Type": "text/html" }).end("<title>ok</title>ok");
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(`${origin}/start`);

let counter = 0;
/** True when a link of exactly `length` characters reaches the server whole. */
async function carries(length: number, how: "anchor" | "window.open"): Promise<boolean> {
  const id = `m${counter++}`;
  const prefix = `${origin}/compose?id=${id}&body=`;
  const href = prefix + "a".repeat(length - prefix.length);
  if (how === "anchor") {
    await page.evaluate((url) => {
      const a = document.createElement("a");
      a.href = url;
      a.target = "_blank";
      document.body.append(a);
      a.click();
      a.remove();
    }, href);
  } else {
    await page.evaluate((url) => void window.open(url, "_blank"), href);
  }
  // A refused navigation never reaches the server: wait long enough for a local round trip.
  for (let i = 0; i < 40 && !received.has(id); i++) await new Promise((r) => setTimeout(r, 50));
  for (const other of page.context().pages()) if (other !== page) await other.close();
  return received.get(id) === href.length - origin.length;
}

async function longest(how: "anchor" | "window.open"): Promise<number> {
  let ok = 1_000;
  let bad = 4 * 1024 * 1024;
  if (!(await carries(ok, how))) return 0;
  while (bad - ok > 1) {
    const mid = Math.floor((ok + bad) / 2);
    if (await carries(mid, how)) ok = mid;
    else bad = mid;
  }
  return ok;
}

console.log(`Chromium ${browser.version()}`);
for (const how of ["anchor", "window.open"] as const)
  console.log(`${how}: the longest URL delivered whole is ${(await longest(how)).toLocaleString("en")} characters`);
await browser.close();
server.close();
