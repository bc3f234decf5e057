import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { OTA_ATTRIBUTION, OTA_LICENSE, otaManifestSchema, type OtaCapture } from "@/lib/services/documents/ota-schema";

// npm run policies:import -- <captures folder>
// Copies the Open Terms Archive captures named in SOURCES.tsv byte for byte into
// lib/services/documents/ota/ and writes manifest.json (sorted, with SHA-256s): the same input gives
// the same bytes. Files no longer listed are removed, so the folder mirrors the source.

const folder = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!folder) {
  console.error("usage: npm run policies:import -- <captures folder>");
  process.exit(2);
}
const OUT = resolve(import.meta.dirname, "../lib/services/documents/ota");
const sources = readFileSync(join(folder, "SOURCES.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
const header = sources.shift()?.split("\t") ?? [];
const expected = ["service", "slug", "file", "repo_path", "commit", "captured"];
if (header.join() !== expected.join()) {
  console.error(`SOURCES.tsv columns are ${header.join(", ")}; expected ${expected.join(", ")}`);
  process.exit(1);
}

const captures: OtaCapture[] = sources.map((line) => {
  const [serviceName, otaSlug, file, repoPath, commit, capturedAt] = line.split("\t") as [string, string, string, string, string, string];
  const bytes = readFileSync(join(folder, file));
  return {
    id: `${otaSlug}-${capturedAt}`,
    otaSlug,
    serviceName,
    file: `${otaSlug}-${capturedAt}.md`,
    repoPath,
    commit,
    capturedAt,
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
});
captures.sort((a, b) => a.id.localeCompare(b.id));
const manifest = otaManifestSchema.parse({
  source: "Open Terms Archive, contrib-versions repository",
  license: OTA_LICENSE,
  attribution: OTA_ATTRIBUTION,
  captures,
});

mkdirSync(OUT, { recursive: true });
const keep = new Set([...captures.map((c) => c.file), "manifest.json"]);
for (const name of readdirSync(OUT)) if (!keep.has(name)) rmSync(join(OUT, name));
for (const c of captures) {
  const from = join(folder, c.otaSlug, `${c.capturedAt}.md`);
  if (!existsSync(from)) throw new Error(`Missing capture ${from}`);
  writeFileSync(join(OUT, c.file), readFileSync(from));
}
writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const services = new Set(captures.map((c) => c.otaSlug)).size;
console.log(`Wrote ${captures.length} captures of ${services} services and manifest.json to lib/services/documents/ota/.`);
