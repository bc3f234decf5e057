import type { RightId } from "@/lib/law/types";

// What an answer must contain under the request's law, as a checklist. The items the user leaves
// unticked become the follow-up letter's list of what is still missing.

export type ChecklistItem = {
  id: string;
  /** What to look for in the answer, in plain words. */
  label: string;
  /** How a letter asks for it: "the purposes of the processing". */
  ask: string;
  askDe: string;
  citation: string;
};

export type ChecklistSection = { right: RightId; title: string; items: ChecklistItem[] };

type Family = "gdpr" | "ccpa" | "other";

function familyOf(regime: string): Family {
  if (regime === "eu-gdpr" || regime === "uk-gdpr") return "gdpr";
  return regime === "ccpa" ? "ccpa" : "other";
}

function gdprAccess(law: string): ChecklistItem[] {
  const a = (point: string) => `${law} Art. 15(1)(${point})`;
  return [
    {
      id: "copy",
      label: "A copy of the personal data itself",
      ask: "a copy of the personal data undergoing processing",
      askDe: "eine Kopie der personenbezogenen Daten, die Gegenstand der Verarbeitung sind",
      citation: `${law} Art. 15(3)`,
    },
    { id: "purposes", label: "Why they use the data (purposes)", ask: "the purposes of the processing", askDe: "die Verarbeitungszwecke", citation: a("a") },
    {
      id: "categories",
      label: "Which kinds of data they hold (categories)",
      ask: "the categories of personal data concerned",
      askDe: "die Kategorien personenbezogener Daten, die verarbeitet werden",
      citation: a("b"),
    },
    {
      id: "recipients",
      label: "Who receives it (recipients, incl. in other countries)",
      ask: "the recipients or categories of recipients, in particular in third countries",
      askDe: "die Empfänger oder Kategorien von Empfängern, insbesondere in Drittländern",
      citation: a("c"),
    },
    {
      id: "retention",
      label: "How long they keep it, or how that is decided",
      ask: "the envisaged storage period, or the criteria used to determine it",
      askDe: "die geplante Speicherdauer oder die Kriterien für ihre Festlegung",
      citation: a("d"),
    },
    {
      id: "rights",
      label: "Your rights to correction, deletion, restriction and objection",
      ask: "the existence of the rights to rectification, erasure, restriction and objection",
      askDe: "das Bestehen der Rechte auf Berichtigung, Löschung, Einschränkung und Widerspruch",
      citation: a("e"),
    },
    {
      id: "complaint",
      label: "Your right to complain to the regulator",
      ask: "the right to lodge a complaint with a supervisory authority",
      askDe: "das Beschwerderecht bei einer Aufsichtsbehörde",
      citation: a("f"),
    },
    {
      id: "source",
      label: "Where the data came from, if not from you",
      ask: "any available information as to the source of data not collected from me",
      askDe: "alle verfügbaren Informationen über die Herkunft der Daten, die nicht bei mir erhoben wurden",
      citation: a("g"),
    },
    {
      id: "automated",
      label: "Automated decisions or profiling, and the logic involved",
      ask: "the existence of automated decision-making, including profiling, with meaningful information about the logic involved",
      askDe: "das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling, mit aussagekräftigen Informationen über die involvierte Logik",
      citation: a("h"),
    },
    {
      id: "transfers",
      label: "Safeguards for transfers outside the country",
      ask: "the appropriate safeguards for transfers to third countries",
      askDe: "die geeigneten Garantien für Übermittlungen in Drittländer",
      citation: `${law} Art. 15(2)`,
    },
  ];
}

const GDPR_PORTABILITY = (law: string): ChecklistItem[] => [
  {
    id: "machine-readable",
    label: "A structured, commonly used, machine-readable format (such as JSON or CSV; not a PDF or screenshots)",
    ask: "the data in a structured, commonly used and machine-readable format",
    askDe: "die Daten in einem strukturierten, gängigen und maschinenlesbaren Format",
    citation: `${law} Art. 20(1)`,
  },
  {
    id: "provided-data",
    label: "All data you provided, including what your use of the service generated",
    ask: "all personal data I have provided, including data observed from my use of the service",
    askDe: "alle Daten, die ich bereitgestellt habe, einschließlich der bei der Nutzung des Dienstes beobachteten Daten",
    citation: `${law} Art. 20(1)`,
  },
];

const GDPR_DELETION = (law: string): ChecklistItem[] => [
  {
    id: "deleted",
    label: "Confirmation that the data was deleted, or the ground for keeping it",
    ask: "confirmation that my personal data has been erased, or the legal ground for keeping any of it",
    askDe: "die Bestätigung, dass meine Daten gelöscht wurden, oder die Rechtsgrundlage, auf der Sie Daten aufbewahren",
    citation: `${law} Art. 17(1), 17(3)`,
  },
  {
    id: "recipients-told",
    label: "Recipients told about the deletion (and named, if you asked)",
    ask: "confirmation that the recipients of my data were informed of the erasure",
    askDe: "die Bestätigung, dass die Empfänger meiner Daten über die Löschung unterrichtet wurden",
    citation: `${law} Art. 19`,
  },
];

const CCPA_KNOW: ChecklistItem[] = [
  {
    id: "pieces",
    label: "The specific pieces of personal information",
    ask: "the specific pieces of personal information collected about me",
    askDe: "die konkreten über mich erhobenen personenbezogenen Informationen",
    citation: "Cal. Civ. Code §1798.110(a)(5)",
  },
  {
    id: "categories",
    label: "Categories of personal information collected",
    ask: "the categories of personal information collected about me",
    askDe: "die Kategorien der über mich erhobenen personenbezogenen Informationen",
    citation: "Cal. Civ. Code §1798.110(a)(1)",
  },
  {
    id: "sources",
    label: "Categories of sources",
    ask: "the categories of sources from which it was collected",
    askDe: "die Kategorien der Quellen, aus denen sie stammen",
    citation: "Cal. Civ. Code §1798.110(a)(2)",
  },
  {
    id: "purposes",
    label: "Business or commercial purposes",
    ask: "the business or commercial purpose for collecting, selling or sharing it",
    askDe: "den geschäftlichen Zweck der Erhebung, des Verkaufs oder der Weitergabe",
    citation: "Cal. Civ. Code §1798.110(a)(3)",
  },
  {
    id: "third-parties",
    label: "Categories of third parties it is disclosed to",
    ask: "the categories of third parties to whom it is disclosed",
    askDe: "die Kategorien von Dritten, an die sie weitergegeben werden",
    citation: "Cal. Civ. Code §1798.110(a)(4)",
  },
  {
    id: "portable",
    label: "Electronic copies in a portable, readily usable format",
    ask: "the information in a portable and readily usable format",
    askDe: "die Informationen in einem übertragbaren, leicht nutzbaren Format",
    citation: "Cal. Civ. Code §1798.100(d), §1798.130(a)(2)(B)",
  },
];

const GENERIC: Partial<Record<RightId, ChecklistItem[]>> = {
  access: [
    {
      id: "copy",
      label: "A copy of your personal data",
      ask: "a copy of the personal data held about me",
      askDe: "eine Kopie der über mich gespeicherten personenbezogenen Daten",
      citation: "",
    },
  ],
  portability: [
    {
      id: "machine-readable",
      label: "The data in a portable, machine-readable format",
      ask: "the data in a portable, machine-readable format",
      askDe: "die Daten in einem übertragbaren, maschinenlesbaren Format",
      citation: "",
    },
  ],
  deletion: [
    {
      id: "deleted",
      label: "Confirmation that the data was deleted",
      ask: "confirmation that my personal data has been deleted",
      askDe: "die Bestätigung, dass meine Daten gelöscht wurden",
      citation: "",
    },
  ],
  correction: [
    {
      id: "corrected",
      label: "Confirmation that the data was corrected",
      ask: "confirmation that my personal data has been corrected",
      askDe: "die Bestätigung, dass meine Daten berichtigt wurden",
      citation: "",
    },
  ],
};

const CONFIRMATION: ChecklistItem = {
  id: "confirmed",
  label: "Confirmation that they did what you asked",
  ask: "confirmation that my request has been carried out",
  askDe: "die Bestätigung, dass mein Antrag umgesetzt wurde",
  citation: "",
};

const TITLES: Partial<Record<RightId, string>> = { access: "Access", portability: "Portability", deletion: "Deletion", correction: "Correction" };

function itemsFor(regime: string, right: RightId, lawLabel: string): ChecklistItem[] {
  const family = familyOf(regime);
  if (family === "gdpr") {
    if (right === "access") return gdprAccess(lawLabel);
    if (right === "portability") return GDPR_PORTABILITY(lawLabel);
    if (right === "deletion") return GDPR_DELETION(lawLabel);
  }
  if (family === "ccpa" && right === "access") return CCPA_KNOW;
  return GENERIC[right] ?? [CONFIRMATION];
}

/** One section per right, each item's id prefixed by its right ("access.purposes") so they stay unique. */
export function answerChecklist(regime: string, rights: readonly string[]): ChecklistSection[] {
  const lawLabel = regime === "uk-gdpr" ? "UK GDPR" : "GDPR";
  return rights.map((right) => ({
    right: right as RightId,
    title: TITLES[right as RightId] ?? right,
    items: itemsFor(regime, right as RightId, lawLabel).map((item) => ({ ...item, id: `${right}.${item.id}` })),
  }));
}

export function checklistItemIds(sections: readonly ChecklistSection[]): string[] {
  return sections.flatMap((section) => section.items.map((item) => item.id));
}

/** The items not ticked, in checklist order; ids the checklist does not know are ignored. */
export function missingItems(sections: readonly ChecklistSection[], received: readonly string[]): ChecklistItem[] {
  const got = new Set(received);
  return sections.flatMap((section) => section.items.filter((item) => !got.has(item.id)));
}

/** Looks up stored ids (from an answer event) for a letter; unknown ids are dropped. */
export function itemsById(sections: readonly ChecklistSection[], ids: readonly string[]): ChecklistItem[] {
  const all = new Map(sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
  return ids.map((id) => all.get(id)).filter((item): item is ChecklistItem => item !== undefined);
}
