import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Content-Security-Policy. A page rendered per request gets a fresh nonce, which Next puts on its
 * own scripts ('strict-dynamic' lets them load the rest). A page rendered once at build cannot carry
 * a nonce: its inline scripts are listed by their SHA-256 instead (written by scripts/csp-hashes.mjs
 * after `next build`), and its other scripts are our own files ('self'). Never 'unsafe-inline'.
 */
export function contentSecurityPolicy(scripts: { nonce: string } | { hashes: readonly string[] }, dev: boolean): string {
  const scriptSrc =
    "nonce" in scripts ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'` : ["'self'", ...scripts.hashes.map((hash) => `'${hash}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/** What scripts/csp-hashes.mjs writes: each prerendered page (its internal path, "/en/services") and its inline scripts' hashes. */
type CspHashManifest = { routes: Record<string, string[]> };

const CSP_HASH_MANIFEST = join(".next", "csp-hashes.json");

let manifest: CspHashManifest | null | undefined;

/**
 * The hashes of a page rendered at build, or null for a page rendered per request. Read once per
 * process; with no manifest (`next dev`) every page is rendered per request and gets a nonce.
 */
export function prerenderedScriptHashes(internalPath: string): readonly string[] | null {
  if (manifest === undefined) {
    try {
      manifest = JSON.parse(readFileSync(join(process.cwd(), CSP_HASH_MANIFEST), "utf8")) as CspHashManifest;
    } catch {
      manifest = null;
      if (process.env.NODE_ENV === "production")
        console.error(`${CSP_HASH_MANIFEST} is missing: run \`npm run build\` (next build, then scripts/csp-hashes.mjs).`);
    }
  }
  return manifest?.routes[internalPath] ?? null;
}
