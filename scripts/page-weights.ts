// `npm run bench:js` (after `npm run build`): the JavaScript each page makes a browser load on first
// visit, gzipped, read from the production build's manifests, against a bare page (Next's own
// runtime and React, which every page loads). `--check` (run by `npm test` after the build) fails
// when a page is over its budget: 1.3× the bare page, or the figure scripts/page-budgets.json
// allows a page that does not meet that yet (so it cannot grow while it waits; `--write-budgets`
// writes them from the current build).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const GOAL = 1.3;
const nextDir = process.argv.find((a, i) => i > 1 && !a.startsWith("--")) ?? ".next";
const check = process.argv.includes("--check");
// `--write-budgets`: each page over the goal gets its figure today plus 2% as its ceiling.
const writeBudgets = process.argv.includes("--write-budgets");

type Manifest = { entryJSFiles?: Record<string, string[]> };

function readManifest(file: string): Manifest {
  const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
  sandbox.globalThis = sandbox.self;
  runInNewContext(`var globalThis = self; ${readFileSync(file, "utf8")}`, sandbox);
  return Object.values((sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, Manifest>)[0] ?? {};
}

function* manifests(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* manifests(path);
    else if (entry.name === "page_client-reference-manifest.js") yield path;
  }
}

const gzipCache = new Map<string, number>();
function gzipped(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    const path = join(nextDir, file);
    size = existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0;
    gzipCache.set(file, size);
  }
  return size;
}
const total = (files: Iterable<string>) => [...new Set(files)].reduce((sum, file) => sum + gzipped(file), 0);

/** The route a manifest belongs to, as the address bar shows it ("(group)" folders left out). */
function routeOf(file: string, appDir: string): string {
  const parts = relative(appDir, file)
    .split(sep)
    .slice(0, -1)
    .filter((part) => !/^\(.*\)$/.test(part));
  return `/${parts.join("/")}`;
}

/** The files of the segments on the page's own path: its layouts, error and not-found boundaries, and the page. */
function firstLoad(manifest: Manifest, route: string, root: string[]): string[] {
  const segments = route.split("/").filter(Boolean);
  const ancestors = new Set(["app", ...segments.map((_, i) => `app/${segments.slice(0, i + 1).join("/")}`)]);
  const own = Object.entries(manifest.entryJSFiles ?? {}).filter(([key]) => {
    // "[project]/app/…", or "[project]/<folder>/app/…" when Turbopack's root is above the repository.
    if (key.includes("/node_modules/") || !key.includes("/app/")) return false;
    const path = key.slice(key.indexOf("/app/") + 1).replace(/\/\([^/]+\)/g, "");
    const folder = path.slice(0, path.lastIndexOf("/"));
    return ancestors.has(folder) && (/\/(layout|error|not-found|loading|template)$/.test(path) || folder === [...ancestors].at(-1));
  });
  return [...root, ...own.flatMap(([, files]) => files)];
}

const build = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const bare = total(build.rootMainFiles);
const budgets = JSON.parse(readFileSync(new URL("./page-budgets.json", import.meta.url), "utf8")) as { pages: Record<string, number> };
const appDir = join(nextDir, "server", "app");
const rows = [...manifests(appDir)]
  .map((file) => {
    const folder = routeOf(file, appDir);
    const bytes = total(firstLoad(readManifest(file), folder, build.rootMainFiles));
    // Pages under a locale segment (app/[locale]/…) keep the budgets of their address without it.
    const route = folder.replace(/^\/\[locale\](?=\/|$)/, "") || "/";
    const budget = budgets.pages[route] ?? Math.round(bare * GOAL);
    return { route, bytes, ratio: bytes / bare, budget };
  })
  .filter((row) => !row.route.startsWith("/_"))
  .sort((a, b) => b.bytes - a.bytes);

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`First-load JavaScript per page, gzipped (${nextDir}); a bare page (Next's runtime and React): ${kib(bare)}; goal ≤ ×${GOAL}\n`);
console.log(`${"page".padEnd(42)} ${"gzipped".padStart(10)}  ${"÷ bare".padEnd(7)} ${`goal ×${GOAL}`.padEnd(9)} budget`);
for (const row of rows) {
  const over = row.bytes > row.budget;
  const goal = row.ratio <= GOAL ? "met" : "over";
  console.log(
    `${row.route.padEnd(42)} ${kib(row.bytes).padStart(10)}  ${`×${row.ratio.toFixed(2)}`.padEnd(7)} ${goal.padEnd(9)} ${kib(row.budget)}${over ? "  OVER BUDGET" : ""}`,
  );
}
const met = rows.filter((row) => row.ratio <= GOAL).length;
console.log(`\n${met} of ${rows.length} pages within ×${GOAL} of a bare page.`);
const worst = rows[0];
if (worst)
  console.log(
    `\nHeaviest page: ${worst.route} ×${worst.ratio.toFixed(2)} of a bare page; goal ≤ ×${GOAL}: ${rows.every((r) => r.ratio <= GOAL) ? "met" : "NOT met"}`,
  );
if (writeBudgets) {
  const pages: Record<string, number> = Object.fromEntries(
    rows
      .filter((row) => row.ratio > GOAL)
      .map((row): [string, number] => [row.route, Math.ceil(row.bytes * 1.02)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const note =
    "Ceilings (gzipped bytes) for pages still over 1.3x a bare page: their figure when written plus 2%, so they cannot grow. Their forms validate with zod's small build (about 18 KiB gzipped) and react-hook-form, on top of next-intl's client runtime in the layout. Every other page's budget is 1.3x a bare page.";
  writeFileSync(new URL("./page-budgets.json", import.meta.url), `${JSON.stringify({ note, pages }, null, 2)}\n`);
  console.log(`\nWrote ${Object.keys(pages).length} ceilings to scripts/page-budgets.json`);
}
const failing = rows.filter((row) => row.bytes > row.budget);
if (check && failing.length) {
  console.error(
    `\n${failing.length} page(s) over their JavaScript budget: ${failing.map((r) => r.route).join(", ")}. Keep server-only code out of client components, or raise the budget in scripts/page-budgets.json and say why.`,
  );
  process.exit(1);
}
if (check && rows.length === 0) {
  console.error(`No page manifests under ${appDir}: build first (npm run build).`);
  process.exit(1);
}
