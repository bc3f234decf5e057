import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} und ${dates.at(-1)}`);

export const complaintDe: ComplaintTemplate = {
  language: "de",
  salutation: "Sehr geehrte Damen und Herren,",
  signOff: "Mit freundlichen Grüßen",
  subject: (controller) => `Beschwerde über ${controller}: mein datenschutzrechtlicher Antrag`,
  lodge: {
    gdpr: ({ controller, citation }) => `hiermit erhebe ich Beschwerde gegen ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `hiermit erhebe ich Beschwerde gegen ${controller}, ein Unternehmen, das dem California Consumer Privacy Act unterliegt (${citation}).`,
    other: ({ controller, citation }) => `hiermit erhebe ich Beschwerde gegen ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `Am ${sentOn} habe ich dort einen Antrag nach ${lawPhrase} (${articles}) mit dem Betreff „${subject}“ gestellt.`,
  noAnswer: ({ dueDate, citation }) => `Die Frist für eine Antwort ist am ${dueDate} abgelaufen (${citation}). Eine Antwort habe ich nicht erhalten.`,
  reminded: (dates) => `Ich habe am ${list(dates)} daran erinnert, ohne Erfolg.`,
  partial: (answeredOn) => `Am ${answeredOn} kam eine Antwort, der jedoch fehlt, was das Gesetz verlangt:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Am ${refusedOn} wurde mein Antrag abgelehnt${reason ? ` mit der Begründung: „${reason}“` : ", ohne einen Grund zu nennen"}. Ich halte die Ablehnung für unbegründet.`,
  appealDenied: (date) => `Gegen die Ablehnung habe ich am ${date} Einspruch eingelegt; auch danach kam keine Antwort, die dem Gesetz genügt.`,
  timelineLead: "Zeitlicher Ablauf:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "Antrag gestellt",
    acknowledged: "Eingang bestätigt",
    "identity-requested": "Identitätsnachweis verlangt",
    "identity-received": "Identitätsnachweis von mir erbracht",
    "clarification-requested": "Rückfrage zum Umfang des Antrags",
    "clarification-received": "Rückfrage von mir beantwortet",
    "extension-claimed": "Frist für die Antwort verlängert",
    "answer-received": "Antwort erhalten",
    "answer-partial": "Teilweise Antwort erhalten",
    refused: "Antrag abgelehnt",
    "follow-up-sent": "Erinnerung von mir geschickt",
    appealed: "Einspruch von mir eingelegt",
  },
  ask: {
    gdpr: "Ich bitte Sie, die Beschwerde zu prüfen, mich über den Stand und das Ergebnis zu unterrichten und den Verantwortlichen anzuweisen, meinem Antrag zu entsprechen.",
    ccpa: "Ich bitte Sie, den Vorgang zu untersuchen und die gesetzlich vorgesehenen Schritte zu ergreifen, damit das Unternehmen meinem Antrag entspricht.",
    other: "Ich bitte Sie, den Vorgang zu untersuchen und die gesetzlich vorgesehenen Schritte zu ergreifen, damit die Organisation meinem Antrag entspricht.",
  },
  enclosed: "Als Anlage füge ich eine Dokumentation bei: den zeitlichen Ablauf, meinen Schriftverkehr und meine Notizen.",
  contact: "Sie erreichen mich unter:",
};
