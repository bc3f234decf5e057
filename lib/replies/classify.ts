import { isMachineReadable, type FileKind } from "./file-types";
import { ACKNOWLEDGEMENT, CLARIFICATION, DELIVERED, EXTENSION, IDENTITY, PARTIAL, REFUSAL, REFUSAL_GROUNDS } from "./reply-phrases";
import { ownText, sentences } from "./sentences";
import { statedDate, statedPeriod } from "./stated-dates";

// What a reply is, read the way a person skims it: each finding rests on one sentence of the
// company's own text (the quoted request below it is left out), and the proposal is the timeline
// entry the strongest finding stands for. Pure: the page, the worker and the tests call it alike.

export type FindingKind = "acknowledgement" | "identity-request" | "clarification-request" | "extension" | "refusal" | "data-delivered" | "partial";
export type Finding = { kind: FindingKind; quote: string; date?: string; period?: string; ground?: string };
export type ProposedEvent =
  | { type: "acknowledged" | "identity-requested" | "clarification-requested"; quote: string }
  | { type: "extension-claimed"; quote: string; date?: string; period?: string }
  | { type: "refused"; quote: string; ground: string }
  | { type: "answer-received"; completeness: "complete" | "partial"; quote: string };
export type Classification = { findings: Finding[]; proposal: ProposedEvent | null };

export type FileSummary = { name: string; kind: FileKind };

const MAX_QUOTE = 400;
const PHRASES: [FindingKind, readonly string[]][] = [
  ["refusal", REFUSAL],
  ["identity-request", IDENTITY],
  ["clarification-request", CLARIFICATION],
  ["extension", EXTENSION],
  ["data-delivered", DELIVERED],
  ["partial", PARTIAL],
  ["acknowledgement", ACKNOWLEDGEMENT],
];

const quoteOf = (sentence: string) => (sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1)}…` : sentence);

function groundOf(sentence: string, all: readonly string[]): string {
  const lower = all.join(" ").toLowerCase();
  const own = sentence.toLowerCase();
  const ground = REFUSAL_GROUNDS.find((g) => g.phrases.some((p) => own.includes(p))) ?? REFUSAL_GROUNDS.find((g) => g.phrases.some((p) => lower.includes(p)));
  if (ground) return ground.label;
  for (const marker of [" because ", " as ", " since ", " due to ", " da ", " weil ", " aufgrund "]) {
    const at = own.indexOf(marker);
    if (at !== -1) return quoteOf(sentence.slice(at + 1));
  }
  return "none given";
}

function findingsIn(text: string): Finding[] {
  const all = sentences(ownText(text));
  const findings: Finding[] = [];
  for (const [kind, phrases] of PHRASES) {
    const sentence = all.find((s) => {
      const lower = s.toLowerCase();
      return phrases.some((p) => lower.includes(p));
    });
    if (!sentence) continue;
    const finding: Finding = { kind, quote: quoteOf(sentence) };
    if (kind === "extension") {
      const date = statedDate(sentence);
      const period = statedPeriod(sentence);
      if (date) finding.date = date;
      if (period) finding.period = period;
    }
    if (kind === "refusal") finding.ground = groundOf(sentence, all);
    findings.push(finding);
  }
  return findings;
}

/**
 * `missingItems` is how many checklist items the reply leaves out (checklist.ts); a delivery that
 * leaves any out is a partial answer even if it does not say so.
 */
export function classifyReply(text: string, files: readonly FileSummary[] = [], missingItems = 0): Classification {
  const findings = findingsIn(text);
  const dataFiles = files.filter((f) => isMachineReadable(f.kind) || f.kind === "archive" || f.kind === "pdf");
  if (!findings.some((f) => f.kind === "data-delivered") && dataFiles.length > 0) {
    findings.push({
      kind: "data-delivered",
      quote: `Attached: ${dataFiles
        .map((f) => f.name)
        .slice(0, 5)
        .join(", ")}`,
    });
  }
  const find = (kind: FindingKind) => findings.find((f) => f.kind === kind);
  const refusal = find("refusal");
  const delivered = find("data-delivered");
  const partial = find("partial");
  let proposal: ProposedEvent | null = null;
  if (refusal && !delivered) proposal = { type: "refused", quote: refusal.quote, ground: refusal.ground ?? "none given" };
  else if (find("identity-request") && !delivered) proposal = { type: "identity-requested", quote: find("identity-request")!.quote };
  else if (find("clarification-request") && !delivered) proposal = { type: "clarification-requested", quote: find("clarification-request")!.quote };
  else if (find("extension") && !delivered) {
    const extension = find("extension")!;
    proposal = {
      type: "extension-claimed",
      quote: extension.quote,
      ...(extension.date ? { date: extension.date } : {}),
      ...(extension.period ? { period: extension.period } : {}),
    };
  } else if (delivered) {
    const isPartial = Boolean(partial) || Boolean(refusal) || missingItems > 0;
    proposal = { type: "answer-received", completeness: isPartial ? "partial" : "complete", quote: (partial ?? delivered).quote };
  } else if (find("acknowledgement")) proposal = { type: "acknowledged", quote: find("acknowledgement")!.quote };
  return { findings, proposal };
}
