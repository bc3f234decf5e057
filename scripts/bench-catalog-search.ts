import { performance } from "node:perf_hooks";
import { catalogSize, findCompany, searchCatalog } from "@/lib/catalog/companies";
import { CATEGORIES } from "@/lib/catalog/schema";

// npx tsx scripts/bench-catalog-search.ts [--base http://localhost:3300]
// Search latency over the whole catalogue, server side: median and p95 of 1,000 realistic queries
// (names, half-typed names, typos, brands, domains, filters). With --base, also the weight of the
// wizard's first page as a browser loads it (HTML plus its scripts and styles), for before/after.

const COMMON = ["schufa", "netflix", "amazon", "spotify", "deutsche bahn", "telekom", "vodafone", "paypal", "google", "facebook", "zalando", "otto", "ing", "check24", "ebay", "apple", "microsoft", "o2", "sky", "dkb"];

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
      case 0: out.push({ q: word, options: { near: "de" } }); break;
      case 1: out.push({ q: word.slice(0, 2 + (n % 4)), options: { near: "de" } }); break;
      case 2: out.push({ q: typo(word, n), options: {} }); break;
      case 3: out.push({ q: `${word}.de`, options: { country: "de" } }); break;
      default: out.push({ q: n % 10 === 4 ? "" : word, options: { category: CATEGORIES[n % CATEGORIES.length], country: "de" } });
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
const times = list.map(({ q, options }) => {
  const t = performance.now();
  searchCatalog(q, options);
  return performance.now() - t;
}).sort((a, b) => a - b);
console.log(`search: ${times.length} queries, median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (aim: p95 < 20 ms)`);
const base = process.argv.indexOf("--base");
if (base !== -1) {
  const url = process.argv[base + 1]!;
  const cookie = process.env.BENCH_COOKIE;
  if (!cookie) console.log("page weight: /requests/new needs a session; set BENCH_COOKIE, measuring /services instead");
  console.log(`page weight of ${cookie ? "/requests/new" : "/services"}: ${(await pageWeight(url, cookie ? "/requests/new" : "/services", cookie)).toLocaleString("en")} bytes (HTML + scripts + styles)`);
}
