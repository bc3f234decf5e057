import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FORM_NAMESPACES, SITE_NAMESPACES, TRACKER_NAMESPACES } from "./client-messages";

// Client components get only some namespaces (see client-messages.tsx); one reading another would
// show a raw key in the browser. This reads every client component's namespaces from its source.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const NAMESPACE = /useTranslations\("([a-zA-Z]+)/g;
const clientFiles = ["app", "lib"]
  .flatMap((dir) => sourceFiles(dir))
  .map((file) => ({ file, source: readFileSync(file, "utf8") }))
  .filter(({ source }) => source.startsWith('"use client"'));

function namespacesOf(source: string): string[] {
  const names = [...source.matchAll(NAMESPACE)].map((m) => m[1]!);
  if (source.includes("use-day-format")) names.push("locale");
  return [...new Set(names)];
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
    const sent = new Set<string>([...SITE_NAMESPACES, ...TRACKER_NAMESPACES, ...FORM_NAMESPACES]);
    const missing = clientFiles.flatMap(({ file, source }) =>
      namespacesOf(source)
        .filter((n) => !sent.has(n))
        .map((n) => `${file}: ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it("give the wizard's and tracker's namespaces only to components of those pages", () => {
    const tracker = new Set<string>(TRACKER_NAMESPACES);
    const outside = clientFiles
      .filter(({ source }) => namespacesOf(source).some((n) => tracker.has(n)))
      .map(({ file }) => file)
      .filter((file) => !file.startsWith(path.join("lib", "requests")) && file !== path.join("lib", "catalog", "components", "bulk-form.tsx"));
    expect(outside).toEqual([]);
  });

  it("give the forms' namespace only to the forms whose pages add it", () => {
    const forms = new Set<string>(FORM_NAMESPACES);
    const pages = [
      path.join("lib", "services", "custom"),
      path.join("lib", "catalog", "components"),
      path.join("lib", "calendar"),
      path.join("lib", "account"),
    ];
    const outside = clientFiles
      .filter(({ source }) => namespacesOf(source).some((n) => forms.has(n)))
      .map(({ file }) => file)
      .filter((file) => !pages.some((dir) => file.startsWith(dir)));
    expect(outside).toEqual([]);
  });
});
