import type { ChecklistSection } from "@/lib/requests/answer-check";
import { COVERAGE } from "./coverage-phrases";
import { FORMAT_LABELS, isMachineReadable, type FileKind } from "./file-types";
import { ownText, sentences } from "./sentences";

// The answer checklist filled in from what came back: each item covered by a sentence of the reply
// (quoted) or by its files, or missing. The missing items become the follow-up letter's asks.

export type DeliveredFile = { name: string; kind: FileKind; inArchive?: string };
export type CoveredItem = { id: string; label: string; citation: string; covered: boolean; quote: string | null };
export type Coverage = {
  sections: { title: string; items: CoveredItem[] }[];
  received: string[];
  missing: string[];
  machineReadable: string[];
  formats: string[];
};

const MAX_QUOTE = 300;
const quoteOf = (sentence: string) => (sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1)}…` : sentence);
const fileLabel = (f: DeliveredFile) => (f.inArchive ? `${f.inArchive} › ${f.name}` : f.name);

function listOf(files: readonly DeliveredFile[]): string {
  const names = files.slice(0, 4).map(fileLabel);
  return files.length > 4 ? `${names.join(", ")} and ${files.length - 4} more` : names.join(", ");
}

export function checklistCoverage(sections: readonly ChecklistSection[], text: string, files: readonly DeliveredFile[]): Coverage {
  const all = sentences(ownText(text)).map((s) => ({ s, lower: s.toLowerCase() }));
  const dataFiles = files.filter((f) => f.kind !== "folder");
  const machine = dataFiles.filter((f) => isMachineReadable(f.kind));
  const cover = (id: string): string | null => {
    const rule = COVERAGE[id.slice(id.indexOf(".") + 1)];
    if (!rule) return null;
    if (rule.files === "machine-readable" && machine.length > 0) return `Machine-readable files: ${listOf(machine)}`;
    if (rule.files === "any-data" && dataFiles.length > 0) return `Files delivered: ${listOf(dataFiles)}`;
    const hit = all.find(({ lower }) => rule.phrases.some((p) => lower.includes(p)));
    return hit ? quoteOf(hit.s) : null;
  };
  const out: Coverage["sections"] = sections.map((section) => ({
    title: section.title,
    items: section.items.map((item) => {
      const quote = cover(item.id);
      return { id: item.id, label: item.label, citation: item.citation, covered: quote !== null, quote };
    }),
  }));
  const items = out.flatMap((s) => s.items);
  return {
    sections: out,
    received: items.filter((i) => i.covered).map((i) => i.id),
    missing: items.filter((i) => !i.covered).map((i) => i.id),
    machineReadable: machine.map(fileLabel),
    formats: [...new Set(dataFiles.map((f) => FORMAT_LABELS[f.kind]))],
  };
}
