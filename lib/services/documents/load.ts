import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDocument, type PolicyDocument } from "./documents";

// No "server-only" marker: node:fs already keeps this out of client bundles, and the marker would
// stop `npx tsx scripts/bench-extractor.ts` from loading the documents outside Next.
// Next runs from the repository root, so the files resolve from process.cwd() in its server bundle too.
const DOCUMENTS_DIR = path.join(process.cwd(), "lib", "services", "documents");

const cache = new Map<string, string>();

/** Offsets in citations are JavaScript string indices (UTF-16 code units) into this text. */
export function loadDocumentText(id: string): string {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const text = readFileSync(documentPath(getDocument(id)), "utf8");
  cache.set(id, text);
  return text;
}

export function loadDocumentBytes(id: string): Buffer {
  return readFileSync(documentPath(getDocument(id)));
}

export function sha256OfFile(id: string): string {
  return createHash("sha256").update(loadDocumentBytes(id)).digest("hex");
}

export function documentPath(doc: PolicyDocument): string {
  return path.join(DOCUMENTS_DIR, doc.file);
}
