// The dependency check that works where CI runs. The registry here refuses `npm audit` (its
// advisory endpoint answers 405), so this checks what can be checked offline or from package
// metadata, and says plainly what it does not cover:
//   1. the installed tree matches package-lock.json (`npm ls --all`);
//   2. every locked package has a sha512 integrity and comes from the configured registry;
//   3. no direct dependency is pinned to a version its authors have deprecated (the registry's
//      metadata, which is how many security releases are announced).
// Not covered: published advisories (CVEs). Where the advisory service is reachable, run
// `npm audit --omit=dev`, or scan package-lock.json with an OSV scanner; README says so too.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const problems = [];
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

const ls = spawnSync("npm", ["ls", "--all", "--omit=optional", "--silent"], { encoding: "utf8" });
if (ls.status !== 0)
  problems.push(
    `installed tree differs from package-lock.json:\n${(ls.stdout + ls.stderr)
      .split("\n")
      .filter((l) => /invalid|missing|extraneous/i.test(l))
      .slice(0, 10)
      .join("\n")}`,
  );

const registry = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim().replace(/\/?$/, "/");
const registryHost = new URL(registry).host;
let locked = 0;
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (!path || entry.link) continue;
  locked++;
  if (!entry.integrity?.startsWith("sha512-")) problems.push(`${path}: no sha512 integrity in the lock file`);
  if (entry.resolved && new URL(entry.resolved).host !== registryHost) problems.push(`${path}: resolved from another host than the configured registry`);
}

const direct = { ...pkg.dependencies, ...pkg.devDependencies };
let checked = 0;
let unreachable = 0;
async function deprecation(name, version) {
  try {
    const res = await fetch(`${registry}${name.replace("/", "%2F")}`, {
      headers: { accept: "application/vnd.npm.install-v1+json" },
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(String(res.status));
    const doc = await res.json();
    checked++;
    const message = doc.versions?.[version]?.deprecated;
    if (message) problems.push(`${name}@${version} is deprecated: ${message}`);
    if (!doc.versions?.[version]) problems.push(`${name}@${version} is not published on the registry`);
  } catch {
    unreachable++;
  }
}
const queue = Object.entries(direct);
await Promise.all(
  Array.from({ length: 6 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await deprecation(...next);
  }),
);

console.log(
  `dependency check: ${locked} locked packages verified; ${checked} of ${Object.keys(direct).length} direct dependencies checked for deprecation${unreachable ? ` (${unreachable} could not be fetched)` : ""}.`,
);
console.log("not covered here: published advisories (npm audit is refused by this registry); see README, Security.");
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
