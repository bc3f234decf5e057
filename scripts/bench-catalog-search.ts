import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { catalogSize, findCompany, searchCatalog } from "@/lib/catalog/companies";
import { CATEGORIES } from "@/lib/catalog/schema";

// npx tsx scripts/bench-catalog-search.ts [--base http://localhost:3300] [--weight <.next dir>...]
// Search latency over the whole catalogue, server side: median and p95 of 1,000 realistic queries
// (names, half-typed names, typos, brands, domains, filters). With --base, also the weight of the
// wizard's first page as a browser loads it (HTML plus its scripts and styles). With --weight, the
// scripts and styles /requests/new loads according to each build's manifests: pass the .next folder
// of a build before the change and one after to compare.

const COMMON = [
  "schufa",
  "netflix",
  "amazon",
  "spotify",
  "deutsche bahn",
  "telekom",
  "vodafone",
  "paypal",
  "google",
  "facebook",
  "zalando",
  "otto",
  "ing",
  "check24",
  "ebay",
  "apple",
  "microsoft",
  "o2",
  "sky",
  "dkb",
];

function typo(word: string, n: number): string {
  if (word.length < 4) return word;
  const i = 1 + (n % (word.length - 2));
  return n % 2 === 0 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function queries(): { q: string; options: Parameters<typeof searchCatalog>[1] }[] {
  const out: { q: string; options: Parameters<typeof searchCatalog>[1] }[] = [];
  for (let n = 0; out.length < 1000; n++) {
    const word = COMMON[n % COMMON.length]!;
    switch (n % 5) {
      case 0:
        out.push({ q: word, options: { near: "de" } });
        break;
      case 1:
        out.push({ q: word.slice(0, 2 + (n % 4)), options: { near: "de" } });
        break;
      case 2:
        out.push({ q: typo(word, n), options: {} });
        break;
      case 3:
        out.push({ q: `${word}.de`, options: { country: "de" } });
        break;
      default:
        out.push({ q: n % 10 === 4 ? "" : word, options: { category: CATEGORIES[n % CATEGORIES.length], country: "de" } });
    }
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function pageWeight(base: string, path: string, cookie?: string): Promise<number> {
  const html = await (await fetch(new URL(path, base), { headers: cookie ? { cookie } : {} })).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const sizes = await Promise.all([...new Set(assets)].map(async (a) => (await (await fetch(new URL(a, base))).arrayBuffer()).byteLength));
  return Buffer.byteLength(html) + sizes.reduce((a, b) => a + b, 0);
}

const started = performance.now();
findCompany("schufa");
console.log(`catalogue: ${catalogSize()} companies, loaded and indexed in ${(performance.now() - started).toFixed(0)} ms`);
const list = queries();
for (const { q, options } of list.slice(0, 50)) searchCatalog(q, options);
const times = list
  .map(({ q, options }) => {
    const t = performance.now();
    searchCatalog(q, options);
    return performance.now() - t;
  })
  .sort((a, b) => a - b);
console.log(
  `search: ${times.length} queries, median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (aim: p95 < 20 ms)`,
);
const base = process.argv.indexOf("--base");
if (base !== -1) {
  const url = process.argv[base + 1]!;
  const cookie = process.env.BENCH_COOKIE;
  if (!cookie) console.log("page weight: /requests/new needs a session; set BENCH_COOKIE, measuring /services instead");
  console.log(
    `page weight of ${cookie ? "/requests/new" : "/services"}: ${(await pageWeight(url, cookie ? "/requests/new" : "/services", cookie)).toLocaleString("en")} bytes (HTML + scripts + styles)`,
  );
}

/** Bytes of the scripts and styles a build ships for /requests/new (raw and gzipped). */
function buildWeight(nextDir: string): { files: number; raw: number; gzip: number } {
  const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
  sandbox.globalThis = sandbox.self;
  const manifestPath = join(nextDir, "server/app/[locale]/requests/new/page_client-reference-manifest.js");
  runInNewContext(`var globalThis = self; ${readFileSync(manifestPath, "utf8")}`, sandbox);
  const manifest = Object.values(
    (sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles: Record<string, string[]>; entryCSSFiles: Record<string, { path: string }[]> }>,
  )[0]!;
  const wanted = (key: string) => key.endsWith("/app/[locale]/layout") || key.endsWith("/app/[locale]/requests/new/page");
  const build = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[]; polyfillFiles: string[] };
  const files = new Set<string>([
    ...build.rootMainFiles,
    ...Object.entries(manifest.entryJSFiles)
      .filter(([k]) => wanted(k))
      .flatMap(([, v]) => v),
    ...Object.entries(manifest.entryCSSFiles)
      .filter(([k]) => wanted(k))
      .flatMap(([, v]) => v.map((f) => f.path)),
  ]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const path = join(nextDir, file);
    if (!existsSync(path)) continue;
    raw += statSync(path).size;
    gzip += gzipSync(readFileSync(path)).length;
  }
  return { files: files.size, raw, gzip };
}

const weightAt = process.argv.indexOf("--weight");
if (weightAt !== -1) {
  const dirs = process.argv.slice(weightAt + 1).filter((a) => !a.startsWith("--"));
  const weights = dirs.map((dir) => ({ dir, ...buildWeight(dir) }));
  for (const w of weights)
    console.log(`/requests/new in ${w.dir}: ${w.files} files, ${w.raw.toLocaleString("en")} bytes, ${w.gzip.toLocaleString("en")} gzipped`);
  if (weights.length === 2) console.log(`change: ${(((weights[1]!.gzip - weights[0]!.gzip) / weights[0]!.gzip) * 100).toFixed(1)}% gzipped (aim: within 5%)`);
}
