import { readFileSync } from "node:fs";
import path from "node:path";
import { citeIn } from "../cite";
import { otaDocuments } from "../documents/ota";
import { loadDocumentText } from "../documents/load";
import { otaServices } from "../ota-services";
import type { Citation, ServiceRecord } from "../types";
import { otaRecordSchema, type Correction, type OtaRecordData } from "./ota-schema";

// Records of the Open Terms Archive captures, read from their JSON files at run time (never bundled).

const RECORDS_DIR = path.join(process.cwd(), "lib", "services", "records", "ota");

export function recordFile(documentId: string): string {
  return path.join(RECORDS_DIR, `${documentId}.json`);
}

export function readOtaRecordData(documentId: string): OtaRecordData {
  return otaRecordSchema.parse(JSON.parse(readFileSync(recordFile(documentId), "utf8")));
}

/** The record with every quote located in its document: a quote not found exactly once throws. */
export function toServiceRecord(data: OtaRecordData): ServiceRecord {
  const doc = otaDocuments.find((d) => d.id === data.documentId);
  if (!doc) throw new Error(`Unknown capture ${data.documentId}`);
  const service = otaServices.find((s) => s.slug === doc.serviceSlug);
  const text = loadDocumentText(doc.id);
  const cite = ({ quote, occurrence }: { quote: string; occurrence?: number }): Citation => citeIn(doc.id, text, quote, occurrence);
  const statementOf = (s: { summary: string; quote: string; occurrence?: number }) => ({ summary: s.summary, citation: cite(s) });
  return {
    serviceSlug: doc.serviceSlug,
    serviceName: service?.name ?? doc.serviceSlug,
    versionId: doc.versionId,
    versionLabel: doc.versionLabel,
    documentId: doc.id,
    effectiveDate: data.effectiveDate && { date: data.effectiveDate.date, kind: data.effectiveDate.kind, citation: cite(data.effectiveDate) },
    legalEntity: data.legalEntity && {
      name: data.legalEntity.name,
      ...opt("url", data.legalEntity.url),
      ...opt("note", data.legalEntity.note),
      citation: cite(data.legalEntity),
    },
    postalAddress: data.postalAddress && {
      address: data.postalAddress.address,
      ...opt("attention", data.postalAddress.attention),
      citation: cite(data.postalAddress),
    },
    channels: data.channels.map((c) =>
      c.kind === "email"
        ? { kind: "email", address: c.address, purposes: c.purposes, ...opt("label", c.label), provenance: { kind: "shown" }, citation: cite(c) }
        : c.kind === "web"
          ? { kind: "web", url: c.url, purposes: c.purposes, citation: cite(c) }
          : { kind: "post", address: c.address, ...opt("attention", c.attention), purposes: c.purposes, citation: cite(c) },
    ),
    selfService: data.selfService.map((p) => ({ label: p.label, url: p.url, rights: p.rights, ...opt("note", p.note), citation: cite(p) })),
    settings: [],
    rights: data.rights.map((r) => ({ right: r.right, regimes: r.regimes, via: r.via, ...opt("note", r.note), citation: cite(r) })),
    otherRights: [],
    applicability: data.applicability.map((a) => ({
      regimes: a.regimes,
      ...opt("framework", a.framework),
      stance: a.stance,
      ...opt("note", a.note),
      citation: cite(a),
    })),
    timelines: data.timelines.map((t) =>
      t.statedByPolicy
        ? { statedByPolicy: true, what: t.what, ...opt("days", t.days), ...opt("months", t.months), ...opt("format", t.format), citation: cite(t) }
        : { statedByPolicy: false, what: t.what, citation: t.quote === null ? null : cite({ quote: t.quote, occurrence: t.occurrence }), note: t.note },
    ),
    howToAsk: {
      subjectLine: data.howToAsk.subjectLine && { value: data.howToAsk.subjectLine.value, citation: cite(data.howToAsk.subjectLine) },
      fromAccountEmail: data.howToAsk.fromAccountEmail && cite(data.howToAsk.fromAccountEmail),
      include: data.howToAsk.include.map((i) => ({ item: i.item, reason: i.reason, citation: cite(i) })),
      instructions: data.howToAsk.instructions.map(statementOf),
    },
    identityVerification: data.identityVerification.map(statementOf),
    fees: data.fees.map(statementOf),
    declineGrounds: data.declineGrounds.map(statementOf),
    supervisoryAuthorities: data.supervisoryAuthorities.map((a) => ({
      name: a.name,
      regimes: a.regimes,
      role: a.role,
      namedInPolicy: a.namedInPolicy,
      ...opt("note", a.note),
      citation: cite(a),
    })),
    retention: data.retention.map((r) => ({ ...statementOf(r), ...opt("days", r.days), ...opt("months", r.months), ...opt("indefinite", r.indefinite) })),
    notes: data.notes,
  };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function loadOtaRecords(): ServiceRecord[] {
  return otaDocuments.map((d) => toServiceRecord(readOtaRecordData(d.id)));
}

/** Each record's corrections of the extractor's proposals, for the notes and the tests. */
export function loadOtaCorrections(): { documentId: string; corrections: Correction[] }[] {
  return otaDocuments.map((d) => ({ documentId: d.id, corrections: readOtaRecordData(d.id).corrections }));
}
