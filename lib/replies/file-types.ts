// What a file is, from its name: enough to say whether a delivery is machine-readable, and to know
// an archive inside an archive (which is listed, never opened).

export type FileKind = "json" | "csv" | "xml" | "archive" | "pdf" | "image" | "text" | "html" | "other" | "folder";

const BY_EXTENSION: Record<string, FileKind> = {
  json: "json",
  jsonl: "json",
  ndjson: "json",
  geojson: "json",
  csv: "csv",
  tsv: "csv",
  xml: "xml",
  zip: "archive",
  "7z": "archive",
  rar: "archive",
  tar: "archive",
  gz: "archive",
  tgz: "archive",
  bz2: "archive",
  xz: "archive",
  pdf: "pdf",
  png: "image",
  jpg: "image",
  jpeg: "image",
  gif: "image",
  webp: "image",
  heic: "image",
  txt: "text",
  md: "text",
  log: "text",
  html: "html",
  htm: "html",
};

const MACHINE_READABLE: ReadonlySet<FileKind> = new Set(["json", "csv", "xml"]);

export function fileKind(name: string): FileKind {
  if (name.endsWith("/")) return "folder";
  const base = name.slice(name.lastIndexOf("/") + 1).toLowerCase();
  const dot = base.lastIndexOf(".");
  return dot === -1 ? "other" : (BY_EXTENSION[base.slice(dot + 1)] ?? "other");
}

export const isMachineReadable = (kind: FileKind) => MACHINE_READABLE.has(kind);

export const FORMAT_LABELS: Record<FileKind, string> = {
  json: "JSON",
  csv: "CSV",
  xml: "XML",
  archive: "archive",
  pdf: "PDF",
  image: "image",
  text: "text",
  html: "HTML",
  other: "file",
  folder: "folder",
};
