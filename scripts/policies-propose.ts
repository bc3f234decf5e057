import { existsSync, writeFileSync } from "node:fs";
import { otaDocuments } from "@/lib/services/documents/ota";
import { loadDocumentText } from "@/lib/services/documents/load";
import { extractPolicy } from "@/lib/services/extractor/extract";
import { proposeRecord } from "@/lib/services/extractor/propose-record";
import type { Citation } from "@/lib/services/types";
import { recordFile } from "@/lib/services/records/ota-records";
import { otaRecordSchema, type OtaRecordData } from "@/lib/services/records/ota-schema";

// npx tsx scripts/policies-propose.ts [--force | --print] [document ids...]
// Writes a draft record for each Open Terms Archive capture from the extractor's proposals, for a
// person to correct by reading the policy (recording each correction in the file). Existing records
// are kept unless --force. Drafts keep the proposals a reader can check quickly: the date, addresses,
// rights, the laws named, self-service links that name a right, and stated response times.

const args = process.argv.slice(2);
const force = args.includes("--force");
// --print: write the proposals to standard output and leave the record files alone.
const print = args.includes("--print");
const only = args.filter((a) => !a.startsWith("--"));

function quoteOf(text: string, c: Citation): { quote: string; occurrence?: number } {
  let before = 0;
  let total = 0;
  for (let i = text.indexOf(c.quote); i !== -1; i = text.indexOf(c.quote, i + 1)) {
    if (i < c.start) before++;
    total++;
  }
  return total > 1 ? { quote: c.quote, occurrence: before } : { quote: c.quote };
}

const LINK_TEXT = /\[([^\]\n]{1,80})\]\(([^)\s]{1,500})\)/g;

function linkLabel(sentence: string, url: string): string {
  for (const m of sentence.matchAll(LINK_TEXT)) if (m[2] === url && m[1]) return m[1];
  return url;
}

for (const doc of otaDocuments) {
  if (only.length > 0 && !only.includes(doc.id)) continue;
  if (existsSync(recordFile(doc.id)) && !force && !print) continue;
  const raw = loadDocumentText(doc.id);
  const extraction = extractPolicy(raw, { format: "markdown" });
  if (extraction.text !== raw) throw new Error(`${doc.id}: normalisation changed the text; offsets would not match`);
  const proposed = proposeRecord(extraction, {
    documentId: doc.id,
    serviceSlug: doc.serviceSlug,
    serviceName: doc.serviceSlug,
    versionId: doc.versionId,
    versionLabel: doc.versionLabel,
  });
  const q = (c: Citation) => quoteOf(raw, c);
  const seenRights = new Set<string>();
  const data: OtaRecordData = {
    documentId: doc.id,
    effectiveDate: proposed.effectiveDate && { date: proposed.effectiveDate.date, kind: proposed.effectiveDate.kind, ...q(proposed.effectiveDate.citation) },
    legalEntity: null,
    postalAddress: null,
    channels: proposed.channels.flatMap((c) =>
      c.kind === "email" ? [{ kind: "email" as const, address: c.address, purposes: c.purposes, ...q(c.citation) }] : [],
    ),
    selfService: proposed.selfService
      .filter((p) => p.rights.length > 0 && p.url)
      .map((p) => ({ label: linkLabel(p.citation.quote, p.url ?? ""), url: p.url, rights: p.rights, ...q(p.citation) })),
    rights: proposed.rights
      .filter((r) => {
        const key = `${r.right}:${r.regimes.join(",")}`;
        return seenRights.has(key) ? false : (seenRights.add(key), true);
      })
      .map((r) => ({ right: r.right, regimes: r.regimes, via: r.via, ...q(r.citation) })),
    applicability: proposed.applicability.map((a) => ({ regimes: a.regimes, stance: a.stance, ...q(a.citation) })),
    timelines: proposed.timelines.map((t) =>
      t.statedByPolicy
        ? {
            statedByPolicy: true as const,
            what: t.what,
            ...(t.days ? { days: t.days } : {}),
            ...(t.months ? { months: t.months } : {}),
            ...(t.format ? { format: t.format } : {}),
            ...q(t.citation),
          }
        : { statedByPolicy: false as const, what: t.what, quote: null, note: t.note },
    ),
    supervisoryAuthorities: [],
    howToAsk: {
      subjectLine: proposed.howToAsk.subjectLine && { value: proposed.howToAsk.subjectLine.value, ...q(proposed.howToAsk.subjectLine.citation) },
      fromAccountEmail: proposed.howToAsk.fromAccountEmail && q(proposed.howToAsk.fromAccountEmail),
      include: proposed.howToAsk.include.map((i) => ({ item: i.item, reason: i.reason, ...q(i.citation) })),
      instructions: proposed.howToAsk.instructions.map((s) => ({ summary: s.summary, ...q(s.citation) })),
    },
    identityVerification: proposed.identityVerification.map((s) => ({ summary: s.summary, ...q(s.citation) })),
    fees: proposed.fees.map((s) => ({ summary: s.summary, ...q(s.citation) })),
    declineGrounds: proposed.declineGrounds.map((s) => ({ summary: s.summary, ...q(s.citation) })),
    retention: proposed.retention.map((r) => ({
      summary: r.summary,
      ...(r.days ? { days: r.days } : {}),
      ...(r.months ? { months: r.months } : {}),
      ...(r.indefinite ? { indefinite: true } : {}),
      ...q(r.citation),
    })),
    notes: [],
    corrections: [],
  };
  if (print) {
    console.log(JSON.stringify(otaRecordSchema.parse(data), null, 2));
    continue;
  }
  writeFileSync(recordFile(doc.id), `${JSON.stringify(otaRecordSchema.parse(data), null, 2)}\n`);
  console.log(
    `${doc.id}: ${data.rights.length} rights, ${data.channels.length} addresses, ${data.selfService.length} pages, ${data.timelines.length} timelines`,
  );
}
