// Import resolver for eslint-plugin-boundaries: the tsconfig's "@/…" alias and relative paths, to files
// of this repository. Bare specifiers are left unresolved, which boundaries reports as external modules.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const candidates = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", ".json", "/index.ts", "/index.tsx"];

function resolve(source, file) {
  let base;
  if (source.startsWith("@/")) base = path.join(root, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(file), source);
  else return { found: false };
  for (const suffix of candidates) {
    const full = base + suffix;
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return { found: true, path: full };
  }
  return { found: false };
}

module.exports = { interfaceVersion: 2, resolve };
