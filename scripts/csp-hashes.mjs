// After `next build` (part of `npm run build`): the SHA-256 of every inline script of every page
// rendered at build, in .next/csp-hashes.json. proxy.ts sends a prerendered page with a CSP that
// lists exactly these (`script-src 'self' 'sha256-…'`), since a page built once cannot carry a
// per-request nonce. Only pages that are never rendered again (no revalidate) are listed: a page
// regenerated at run time would no longer match its hashes, so it is left to the nonce policy.
// `--if-missing` (used by `npm start`) writes it only when a build has none.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const dist = path.join(process.cwd(), ".next");
const out = path.join(dist, "csp-hashes.json");
if (process.argv.includes("--if-missing") && (existsSync(out) || !existsSync(path.join(dist, "prerender-manifest.json")))) process.exit(0);

// Inline scripts only (a <script src> is covered by 'self'). The hash is over the text between the
// tags, which for a script element is exactly what the browser hashes.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/gi;

function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) hashes.add(`sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}`);
  return [...hashes];
}

const prerendered = JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8"));
const routes = {};
const skipped = [];
for (const [route, entry] of Object.entries(prerendered.routes)) {
  const file = path.join(dist, "server", "app", `${route === "/" ? "index" : route}.html`);
  if (!existsSync(file)) continue; // a route handler or a file that is not a page
  if (entry.initialRevalidateSeconds !== false) {
    skipped.push(route);
    continue;
  }
  routes[route] = inlineScriptHashes(readFileSync(file, "utf8"));
}
writeFileSync(out, `${JSON.stringify({ routes }, null, 1)}\n`);
console.log(`csp-hashes: ${Object.keys(routes).length} prerendered pages hashed into ${path.relative(process.cwd(), out)}`);
if (skipped.length > 0) console.log(`csp-hashes: left to the nonce policy (regenerated at run time): ${skipped.join(", ")}`);
