// How a reply says it covers each checklist item (lib/requests/answer-check.ts), English and German,
// lower case, keyed by the item's id without its right. "files" items are covered by what is attached.

export type CoverageRule = { phrases: readonly string[]; files?: "any-data" | "machine-readable" };

export const COVERAGE: Readonly<Record<string, CoverageRule>> = {
  copy: {
    phrases: [
      "copy of your personal data",
      "copy of your data",
      "copy of the personal data",
      "kopie ihrer daten",
      "kopie ihrer personenbezogenen daten",
      "kopie der daten",
    ],
    files: "any-data",
  },
  purposes: { phrases: ["purpose", "we use your data to", "we process your data to", "zweck", "zu folgenden zwecken"] },
  categories: {
    phrases: [
      "categories of personal data",
      "categories of data",
      "categories of personal information",
      "types of data",
      "kategorien personenbezogener daten",
      "datenkategorien",
      "kategorien von daten",
      "kategorien der daten",
    ],
  },
  recipients: {
    phrases: [
      "recipient",
      "shared with",
      "we share",
      "disclosed to",
      "service providers",
      "empfänger",
      "weitergegeben an",
      "übermittelt an",
      "auftragsverarbeiter",
    ],
  },
  retention: {
    phrases: [
      "retain",
      "retention",
      "stored for",
      "keep your data",
      "kept for",
      "storage period",
      "deleted after",
      "speicherdauer",
      "aufbewahr",
      "gespeichert für",
      "gespeichert bis",
      "löschfrist",
      "gelöscht nach",
    ],
  },
  rights: {
    phrases: [
      "rectification",
      "erasure",
      "restriction of processing",
      "right to object",
      "correct your data",
      "berichtigung",
      "löschung",
      "einschränkung der verarbeitung",
      "widerspruch",
    ],
  },
  complaint: {
    phrases: [
      "supervisory authority",
      "lodge a complaint",
      "data protection authority",
      "information commissioner",
      "aufsichtsbehörde",
      "beschwerde bei",
      "beschwerderecht",
    ],
  },
  source: {
    phrases: ["source of", "sources of", "obtained from", "collected from", "directly from you", "herkunft", "quelle", "erhalten von", "direkt bei ihnen"],
  },
  automated: { phrases: ["automated decision", "profiling", "automatisierte entscheidung", "automatisierten entscheidung", "profilbildung"] },
  transfers: {
    phrases: [
      "safeguard",
      "standard contractual clauses",
      "adequacy decision",
      "data privacy framework",
      "binding corporate rules",
      "garantien",
      "standardvertragsklauseln",
      "angemessenheitsbeschluss",
      "drittlandübermittlung",
    ],
  },
  "machine-readable": { phrases: ["machine-readable", "json", "csv", "maschinenlesbar"], files: "machine-readable" },
  "provided-data": {
    phrases: ["data you provided", "data you have provided", "all data you", "activity data", "usage data", "von ihnen bereitgestellt", "nutzungsdaten"],
  },
  pieces: { phrases: ["specific pieces", "copy of your personal information", "your personal information is attached"], files: "any-data" },
  sources: { phrases: ["categories of sources", "sources", "obtained from", "collected from"] },
  "third-parties": { phrases: ["third parties", "third-party", "disclosed to", "shared with", "sold to"] },
  portable: { phrases: ["portable", "readily usable", "machine-readable"], files: "machine-readable" },
  deleted: { phrases: ["deleted", "erased", "removed your", "gelöscht", "entfernt"] },
  "recipients-told": {
    phrases: [
      "informed the recipients",
      "notified the recipients",
      "informed our partners",
      "empfänger informiert",
      "empfänger wurden informiert",
      "empfänger unterrichtet",
    ],
  },
  corrected: { phrases: ["corrected", "rectified", "updated your", "berichtigt", "korrigiert", "aktualisiert"] },
  confirmed: { phrases: ["completed", "carried out", "fulfilled", "processed your request", "erledigt", "umgesetzt", "durchgeführt"] },
};
