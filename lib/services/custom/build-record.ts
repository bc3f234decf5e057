import { trimChars } from "@/lib/text/trim";
import { urlKey } from "../extractor/detect-urls";
import { analysePolicy, type PolicyAnalysis } from "../extractor/analyse";
import { proposeRecord } from "../extractor/propose-record";
import type { Proposal } from "../extractor/types";
import type { RegimeId, RightId, ServiceRecord } from "../types";
import { proposalValue } from "./proposals";
import { parseDuration, type ProposalChoice, type SaveCustomServiceData } from "./schema";

export type BuildFailure = "stale" | "invalid-text";
export type BuiltService = { ok: true; slug: string; record: ServiceRecord } | { ok: false; reason: BuildFailure };

export function slugify(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  const slug = trimChars(trimChars(words, "-").slice(0, 60), "-");
  return slug || "service";
}

function applyChoice(found: Proposal, choice: ProposalChoice): Proposal {
  const value = choice.value.trim();
  switch (found.kind) {
    case "email":
      return { ...found, address: value.toLowerCase() };
    case "url":
      return { ...found, url: value };
    case "duration": {
      const { days: _d, months: _m, ...rest } = found;
      return { ...rest, ...parseDuration(value), role: choice.role ?? found.role };
    }
    case "right":
      return { ...found, right: value as RightId };
    case "jurisdiction":
    case "not-governed":
      return { ...found, regime: value as RegimeId };
    case "effective-date":
      return { ...found, date: value };
    case "subject-line":
      return { ...found, value };
    case "postal-address":
      return { ...found, address: value, contact: true };
    case "legal-entity":
      return { ...found, name: value };
    default:
      return found;
  }
}

function edited(found: Proposal, applied: Proposal): boolean {
  const role = (p: Proposal) => (p.kind === "duration" ? p.role : null);
  return proposalValue(found) !== proposalValue(applied) || role(found) !== role(applied);
}

/**
 * The record to save from what the person kept. The text is extracted again here, so every citation
 * is computed on the server from the saved text: the browser only says which proposals to keep and
 * what their values are, never where a quote is.
 */
export function buildCustomRecord(
  input: SaveCustomServiceData,
  analysis: PolicyAnalysis = analysePolicy({ kind: "text", text: input.sourceText, format: "text" }),
): BuiltService {
  if (!analysis.ok) return { ok: false, reason: "invalid-text" };
  const { extraction } = analysis;
  // The text sent back must be the normalized text the proposals were made from.
  if (extraction.text !== input.sourceText) return { ok: false, reason: "stale" };
  const seen = new Set<number>();
  const kept: Proposal[] = [];
  let edits = 0;
  for (const choice of input.proposals) {
    const found = extraction.proposals[choice.index];
    if (!found || seen.has(choice.index) || found.kind !== choice.kind || found.span.start !== choice.start || found.span.end !== choice.end) {
      return { ok: false, reason: "stale" };
    }
    seen.add(choice.index);
    if (!choice.accepted) continue;
    const applied = applyChoice(found, choice);
    if (edited(found, applied)) edits++;
    kept.push(applied);
  }
  const slug = slugify(input.name);
  const record = proposeRecord(
    { ...extraction, proposals: kept },
    {
      documentId: `custom:${slug}`,
      serviceSlug: slug,
      serviceName: input.name,
      versionId: "custom",
      versionLabel: input.sourceName ? `From ${input.sourceName}` : "From pasted text",
    },
  );
  return { ok: true, slug, record: withKeptLinks(record, kept, edits) };
}

// proposeRecord keeps only links whose sentence is about acting on your data; a link the person
// ticked stays anyway, and the automatic-proposal note becomes a note that a person reviewed them.
function withKeptLinks(record: ServiceRecord, kept: Proposal[], edits: number): ServiceRecord {
  const listed = new Set(record.selfService.flatMap((p) => (p.url ? [urlKey(p.url)] : [])));
  const extra = kept
    .filter((p): p is Extract<Proposal, { kind: "url" }> => p.kind === "url")
    .filter((p) => !listed.has(urlKey(p.url)) && (listed.add(urlKey(p.url)), true))
    .map((p) => ({
      label: p.url,
      url: p.url,
      rights: [],
      citation: { document: record.documentId, start: p.sentence.start, end: p.sentence.end, quote: p.sentence.quote },
    }));
  const reviewed = `You reviewed these facts when you saved this service${edits > 0 ? ` and changed ${edits} of them` : ""}; each still links to the words it came from.`;
  return {
    ...record,
    selfService: [...record.selfService, ...extra],
    notes: [reviewed, ...record.notes.filter((n) => !n.startsWith("Proposed automatically"))],
  };
}
