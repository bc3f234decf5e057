import type { CorrectionItem, LetterSpecifics } from "../types";
import type { CompleteTemplate, RequestContext } from "./types";

export function correctionItemDe({ field, currentValue, correctValue }: CorrectionItem): string {
  return `– ${field}: richtig ist „${correctValue}“${currentValue ? ` (bisher: „${currentValue}“)` : ""}`;
}

const items = (s: LetterSpecifics) => (s.correction ?? []).map(correctionItemDe);
const FORMAT = { json: "vorzugsweise im JSON-Format", csv: "vorzugsweise als CSV-Dateien", any: "etwa im JSON- oder CSV-Format" } as const;
const format = (s: LetterSpecifics) => FORMAT[s.portability?.format ?? "any"];

const SCOPE: Record<NonNullable<RequestContext["dataScope"]>, string> = {
  "collected-from-consumer": "die Sie bei mir erhoben haben",
  "provided-by-consumer": "die ich Ihnen bereitgestellt habe",
};

function deletionRequest(s: LetterSpecifics, verb: string, article: string, noun = "Daten", scope?: RequestContext["dataScope"]): string[] {
  if (s.deletion?.scope === "parts" && s.deletion.parts) {
    return [`${verb} der folgenden mich betreffenden personenbezogenen ${noun}${scope ? `, ${SCOPE[scope]}` : ""} (${article}):`, s.deletion.parts];
  }
  return [
    `${verb} aller mich betreffenden personenbezogenen ${noun}, ${scope ? SCOPE[scope] : "die Sie gespeichert haben"}, und die Schließung meines Kontos (${article}).`,
  ];
}

export const rightsDe: CompleteTemplate["rights"] = {
  access: {
    title: { other: "Auskunft" },
    paragraphs: {
      gdpr: ({ article, law }) => [
        `Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist das der Fall, bitte ich um Auskunft über diese Daten und über folgende Informationen (${article}):`,
        [
          "a) die Verarbeitungszwecke (Art. 15 Abs. 1 lit. a);",
          "b) die Kategorien personenbezogener Daten, die verarbeitet werden (Art. 15 Abs. 1 lit. b);",
          "c) die Empfänger, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere Empfänger in Drittländern oder internationale Organisationen, und zwar namentlich (Art. 15 Abs. 1 lit. c): Kategorien von Empfängern genügen nur, wenn die Empfänger nicht identifiziert werden können oder mein Antrag offenkundig unbegründet oder exzessiv ist (EuGH C-154/21, Österreichische Post), sowie die geeigneten Garantien für eine solche Übermittlung (Art. 15 Abs. 2);",
          "d) falls möglich die geplante Dauer, für die die Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer (Art. 15 Abs. 1 lit. d);",
          "e) das Bestehen eines Rechts auf Berichtigung oder Löschung der Daten oder auf Einschränkung ihrer Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung (Art. 15 Abs. 1 lit. e);",
          "f) das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde (Art. 15 Abs. 1 lit. f);",
          "g) wenn die Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über ihre Herkunft (Art. 15 Abs. 1 lit. g);",
          "h) das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 und – zumindest in diesen Fällen – aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für mich (Art. 15 Abs. 1 lit. h).",
        ].join("\n"),
        `Außerdem bitte ich um eine Kopie der personenbezogenen Daten, die Gegenstand der Verarbeitung sind, in einem gängigen elektronischen Format (Art. 15 Abs. 3 ${law}).`,
      ],
      ccpa: ({ article }) => [
        `Bitte teilen Sie mir Folgendes mit (${article}):`,
        [
          "– die Kategorien personenbezogener Informationen, die Sie über mich erhoben haben (Cal. Civ. Code §1798.110(a)(1));",
          "– die Kategorien von Quellen, aus denen diese Informationen stammen (§1798.110(a)(2));",
          "– den geschäftlichen oder kommerziellen Zweck, zu dem Sie sie erheben, verkaufen oder weitergeben (§1798.110(a)(3));",
          "– die Kategorien von Dritten, denen Sie sie offenlegen (§1798.110(a)(4));",
          "– die konkreten personenbezogenen Informationen, die Sie über mich erhoben haben (§1798.110(a)(5));",
          "– die Kategorien personenbezogener Informationen über mich, die Sie verkauft oder weitergegeben haben („sold or shared“), jeweils mit den Kategorien der Dritten, an die dies geschah, sowie die Kategorien, die Sie zu Geschäftszwecken offengelegt haben, mit den Kategorien der Empfänger (§1798.115(a)).",
        ].join("\n"),
        "Bitte beziehen Sie auch Informationen ein, die vor mehr als 12 Monaten erhoben wurden, zurück bis zum 1. Januar 2022 (Cal. Civ. Code §1798.130(a)(2)(B); 11 CCR §7024(h)), und stellen Sie mir die konkreten Informationen in einem übertragbaren und, soweit technisch möglich, leicht weiterverwendbaren Format zur Verfügung (§1798.100(d)).",
      ],
      other: ({ article }) => [
        `Bitte bestätigen Sie mir, ob Sie personenbezogene Informationen über mich gespeichert haben. Ist das der Fall, bitte ich um eine Kopie dieser Informationen und um Auskunft darüber, zu welchen Zwecken sie verwendet werden, woher sie stammen und wem sie offengelegt wurden (${article}).`,
      ],
    },
  },
  deletion: {
    title: { other: "Löschung" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        ...deletionRequest(specifics, "Ich verlange die unverzügliche Löschung", article),
        `Soweit Sie diese Daten auf Grundlage meiner Einwilligung verarbeiten, widerrufe ich diese hiermit (Art. 7 Abs. 3 ${law}); soweit Sie sich auf berechtigte Interessen stützen, widerspreche ich der Verarbeitung (Art. 21 Abs. 1 ${law}).`,
        `Bitte bestätigen Sie mir die Löschung schriftlich. Teilen Sie die Löschung bitte außerdem allen Empfängern mit, denen die Daten offengelegt wurden, und nennen Sie mir diese Empfänger (Art. 19 ${law}). Falls Sie die Daten öffentlich gemacht haben, informieren Sie bitte die anderen Verantwortlichen, die sie verarbeiten, über mein Löschverlangen (Art. 17 Abs. 2 ${law}). Sollten Sie meinen, einzelne Daten aufbewahren zu müssen oder zu dürfen (Art. 17 Abs. 3 ${law}), nennen Sie mir bitte diese Daten und die jeweilige Rechtsgrundlage.`,
      ],
      ccpa: ({ article, specifics, dataScope }) => [
        ...deletionRequest(specifics, "Ich verlange die Löschung", article, "Informationen", dataScope),
        "Bitte weisen Sie Ihre Dienstleister und Auftragnehmer („service providers and contractors“) an, meine personenbezogenen Informationen aus ihren Beständen zu löschen, und fordern Sie alle Dritten, an die Sie sie verkauft oder weitergegeben haben, ebenfalls zur Löschung auf (Cal. Civ. Code §1798.105(c)(1); 11 CCR §7022(b)).",
        "Bitte teilen Sie mir mit, ob Sie dem Antrag nachgekommen sind (11 CCR §7022(e)); lehnen Sie ihn ganz oder teilweise ab, nennen Sie mir bitte die Informationen, die Sie behalten, und den Grund dafür (11 CCR §7022(f)).",
      ],
      other: ({ article, specifics, dataScope }) => [
        ...deletionRequest(specifics, "Ich verlange die Löschung", article, "Informationen", dataScope),
        "Bitte fordern Sie auch alle, denen Sie die Informationen offengelegt haben, zur Löschung auf, und bestätigen Sie mir die Löschung.",
      ],
    },
  },
  correction: {
    title: { other: "Berichtigung" },
    paragraphs: {
      gdpr: ({ article, law, specifics }) => [
        `Ich verlange die unverzügliche Berichtigung der folgenden unrichtigen personenbezogenen Daten (${article}):`,
        items(specifics).join("\n"),
        `Bitte bestätigen Sie mir die Berichtigung und teilen Sie sie allen Empfängern mit, denen die Daten offengelegt wurden (Art. 19 ${law}).`,
      ],
      ccpa: ({ article, specifics }) => [
        `Ich verlange die Berichtigung der folgenden unrichtigen personenbezogenen Informationen über mich (${article}):`,
        items(specifics).join("\n"),
        "Bitte teilen Sie mir mit, ob Sie die Informationen berichtigt haben (11 CCR §7023).",
      ],
      other: ({ article, specifics }) => [
        `Ich verlange die Berichtigung der folgenden unrichtigen personenbezogenen Informationen über mich (${article}):`,
        items(specifics).join("\n"),
        "Bitte bestätigen Sie mir die Berichtigung und geben Sie sie an alle weiter, denen Sie die Informationen offengelegt haben.",
      ],
    },
  },
  portability: {
    title: { other: "Datenübertragbarkeit" },
    paragraphs: {
      gdpr: ({ article, specifics }) => [
        `Ich verlange, die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten, ${format(specifics)} (${article}). Dazu gehören die Daten, die ich selbst eingegeben habe, und die Daten, die durch meine Nutzung des Dienstes entstanden sind, etwa mein Nutzungsverlauf.`,
      ],
      other: ({ article, specifics }) => [
        `Ich bitte um eine Kopie der personenbezogenen Informationen, die ich Ihnen bereitgestellt habe, in einem übertragbaren, strukturierten und maschinenlesbaren Format, ${format(specifics)} (${article}).`,
      ],
    },
  },
  restriction: {
    title: { other: "Einschränkung der Verarbeitung" },
    paragraphs: {
      other: ({ article }) => [
        `Ich verlange die Einschränkung der Verarbeitung meiner personenbezogenen Daten: Bitte speichern Sie die Daten, verarbeiten Sie sie aber bis zur Klärung nicht weiter (${article}).`,
      ],
    },
  },
  objection: {
    title: { other: "Widerspruch" },
    paragraphs: {
      gdpr: ({ law, specifics }) => {
        const { directMarketing = true, grounds } = specifics.objection ?? {};
        return [
          ...(grounds
            ? [
                `Aus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich der Verarbeitung meiner personenbezogenen Daten, die Sie auf ein öffentliches Interesse oder auf berechtigte Interessen stützen, einschließlich Profiling (Art. 21 Abs. 1 ${law}):`,
                grounds,
                `Bitte stellen Sie diese Verarbeitung ein, sofern Sie nicht zwingende schutzwürdige Gründe nachweisen, die meine Interessen, Rechte und Freiheiten überwiegen (Art. 21 Abs. 1 ${law}), und teilen Sie mir Ihre Entscheidung mit.`,
              ]
            : []),
          ...(directMarketing
            ? [
                `Ich widerspreche der Verarbeitung meiner personenbezogenen Daten zum Zweck der Direktwerbung einschließlich des damit verbundenen Profilings. Dieser Widerspruch bedarf keiner Begründung; bitte stellen Sie diese Verarbeitung ein (Art. 21 Abs. 2 und 3 ${law}).`,
              ]
            : []),
          "Bitte bestätigen Sie mir, welche Verarbeitung Sie eingestellt haben.",
        ];
      },
      other: ({ article }) => [
        `Ich widerspreche der Verarbeitung meiner personenbezogenen Daten, einschließlich Profiling und der Verarbeitung zum Zweck der Direktwerbung (${article}). Bitte stellen Sie diese Verarbeitung ein und bestätigen Sie mir dies.`,
      ],
    },
  },
  "opt-out-sale": {
    title: { other: "Widerspruch gegen Verkauf und Weitergabe" },
    paragraphs: {
      other: ({ article }) => [
        `Ich untersage Ihnen, meine personenbezogenen Informationen zu verkaufen oder weiterzugeben („sell or share“) oder für zielgerichtete Werbung zu nutzen (${article}).`,
      ],
    },
  },
  "limit-sensitive": {
    title: { other: "Beschränkung der Nutzung sensibler Informationen" },
    paragraphs: {
      other: ({ article }) => [
        `Ich verlange, dass Sie die Nutzung und Offenlegung meiner sensiblen personenbezogenen Informationen auf das beschränken, was zur Erbringung der von mir gewünschten Leistungen erforderlich ist (${article}).`,
      ],
    },
  },
  "automated-decision": {
    title: { other: "Automatisierte Entscheidungen" },
    paragraphs: {
      other: ({ article }) => [
        `Ich verlange, keiner ausschließlich auf einer automatisierten Verarbeitung – einschließlich Profiling – beruhenden Entscheidung unterworfen zu werden (${article}). Soweit Sie solche Entscheidungen treffen, teilen Sie mir dies bitte mit und ermöglichen Sie mir, das Eingreifen einer Person zu erwirken, meinen Standpunkt darzulegen und die Entscheidung anzufechten.`,
      ],
    },
  },
  appeal: {
    title: { other: "Überprüfung einer Ablehnung" },
    paragraphs: {
      other: ({ article }) => [
        `Gegen die Ablehnung meines früheren Antrags lege ich Einspruch ein (${article}). Bitte überprüfen Sie Ihre Entscheidung und teilen Sie mir schriftlich mit, wie Sie entschieden haben und aus welchen Gründen.`,
      ],
    },
  },
};
