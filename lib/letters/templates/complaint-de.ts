import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} und ${dates.at(-1)}`);

export const complaintDe: ComplaintTemplate = {
  language: "de",
  salutation: "Sehr geehrte Damen und Herren,",
  signOff: "Mit freundlichen Grüßen",
  subject: (controller) => `Beschwerde über ${controller}: meine datenschutzrechtliche Anfrage`,
  lodge: {
    gdpr: ({ controller, citation }) => `hiermit reiche ich Beschwerde gegen ${controller} ein (${citation}).`,
    ccpa: ({ controller, citation }) => `hiermit reiche ich eine Beschwerde über ${controller} ein, ein Unternehmen, das dem California Consumer Privacy Act unterliegt (${citation}).`,
    other: ({ controller, citation }) => `hiermit reiche ich eine Beschwerde über ${controller} ein (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) => `Am ${sentOn} habe ich dort eine Anfrage nach ${lawPhrase} (${articles}) mit dem Betreff „${subject}“ gestellt.`,
  noAnswer: ({ dueDate, citation }) => `Die Frist für eine Antwort ist am ${dueDate} abgelaufen (${citation}). Eine Antwort habe ich nicht erhalten.`,
  reminded: (dates) => `Ich habe am ${list(dates)} daran erinnert, ohne Erfolg.`,
  partial: (answeredOn) => `Am ${answeredOn} kam eine Antwort, der jedoch fehlt, was das Gesetz verlangt:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) => `Am ${refusedOn} wurde meine Anfrage abgelehnt${reason ? ` mit der Begründung: „${reason}“` : ", ohne einen Grund zu nennen"}. Ich halte die Ablehnung für unbegründet.`,
  appealDenied: (date) => `Gegen die Ablehnung habe ich am ${date} Einspruch eingelegt; auch danach kam keine Antwort, die dem Gesetz genügt.`,
  timelineLead: "Der Ablauf mit Datum:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "Anfrage gestellt",
    acknowledged: "Eingang bestätigt",
    "identity-requested": "Identitätsnachweis verlangt",
    "identity-received": "Identitätsnachweis von mir erbracht",
    "clarification-requested": "Rückfrage zum Umfang der Anfrage",
    "clarification-received": "Rückfrage von mir beantwortet",
    "extension-claimed": "Frist für die Antwort verlängert",
    "answer-received": "Antwort erhalten",
    "answer-partial": "Teilweise Antwort erhalten",
    refused: "Anfrage abgelehnt",
    "follow-up-sent": "Erinnerung von mir geschickt",
    appealed: "Einspruch von mir eingelegt",
  },
  ask: {
    gdpr: "Ich bitte Sie, die Beschwerde zu prüfen, mich über den Stand und das Ergebnis zu unterrichten und den Verantwortlichen anzuweisen, meiner Anfrage zu entsprechen.",
    ccpa: "Ich bitte Sie, den Vorgang zu untersuchen und die gesetzlich vorgesehenen Schritte zu ergreifen, damit das Unternehmen meiner Anfrage entspricht.",
    other: "Ich bitte Sie, den Vorgang zu untersuchen und die gesetzlich vorgesehenen Schritte zu ergreifen, damit die Organisation meiner Anfrage entspricht.",
  },
  enclosed: "Beigefügt ist eine Beweisdatei mit dem datierten Ablauf, meinen Schreiben und meinen Notizen.",
  contact: "Sie erreichen mich unter:",
};
