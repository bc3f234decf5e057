import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { catalogFile, diffRecords, importAuthorities, importCompanies, stableJson } from "@/lib/catalog/import";
import { importReport } from "@/lib/catalog/report";
import type { CatalogFile, Provenance } from "@/lib/catalog/schema";

// npm run catalog:import -- <dataset folder> [--dry-run]
// Validates the Datenanfragen.de records and writes lib/catalog/data/{companies,authorities}.json.
// Nothing is written unless both files validate as a whole; each file is replaced atomically.

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--"));
const dryRun = args.includes("--dry-run");
if (!folder) {
  console.error("usage: npm run catalog:import -- <dataset folder> [--dry-run]");
  process.exit(2);
}
const OUT = resolve(import.meta.dirname, "../lib/catalog/data");

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}`);
    process.exit(1);
  }
}

function provenanceOf(dir: string): Provenance {
  const readme = existsSync(join(dir, "README.md")) ? readFileSync(join(dir, "README.md"), "utf8") : "";
  const commit = /commit ([0-9a-f]{40})/.exec(readme)?.[1] ?? args.find((a) => a.startsWith("--commit="))?.slice(9);
  const date = /\((\d{4}-\d{2}-\d{2})\)/.exec(readme)?.[1] ?? args.find((a) => a.startsWith("--date="))?.slice(7);
  if (!commit || !date) {
    console.error("The dataset's README names no commit and date: pass --commit=<sha> --date=<YYYY-MM-DD>.");
    process.exit(1);
  }
  return {
    dataset: "Datenanfragen.de company database (datenanfragen/data)",
    license: "CC0 1.0 Universal",
    commit,
    date,
    url: `https://github.com/datenanfragen/data/tree/${commit}`,
  };
}

function previous<T>(file: string): T[] | null {
  const path = join(OUT, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as CatalogFile<T>).records : null;
}

function write(file: string, content: string) {
  const path = join(OUT, file);
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

const dir = resolve(folder);
const provenance = provenanceOf(dir);
const rawCompanies = readJson(join(dir, "companies.json"));
const rawAuthorities = readJson(join(dir, "supervisory-authorities.json"));
const companies = importCompanies(rawCompanies);
const authorities = importAuthorities(rawAuthorities);
const before = {
  companies: previous<(typeof companies.accepted)[number]>("companies.json"),
  authorities: previous<(typeof authorities.accepted)[number]>("authorities.json"),
};

console.log(
  importReport(
    provenance,
    {
      label: "Companies",
      total: Array.isArray(rawCompanies) ? rawCompanies.length : 0,
      accepted: companies.accepted.length,
      rejected: companies.rejected,
      diff: before.companies ? diffRecords(before.companies, companies.accepted) : null,
      records: companies.accepted,
    },
    {
      label: "Authorities",
      total: Array.isArray(rawAuthorities) ? rawAuthorities.length : 0,
      accepted: authorities.accepted.length,
      rejected: authorities.rejected,
      diff: before.authorities ? diffRecords(before.authorities, authorities.accepted) : null,
    },
  ),
);
if (companies.accepted.length === 0 || authorities.accepted.length === 0) {
  console.error("Nothing valid to import: the catalogue is left as it was.");
  process.exit(1);
}
if (dryRun) process.exit(0);
mkdirSync(OUT, { recursive: true });
write("companies.json", stableJson(catalogFile(provenance, companies.accepted)));
write("authorities.json", stableJson(catalogFile(provenance, authorities.accepted)));
console.log(`Wrote ${join("lib/catalog/data", "companies.json")} and authorities.json.`);
