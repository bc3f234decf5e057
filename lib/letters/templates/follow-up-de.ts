import type { FollowUpTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} und ${dates.at(-1)}`);

// After "Sehr geehrte Damen und Herren," German letters go on in lower case.
export const followUpDe: FollowUpTemplate = {
  language: "de",
  salutation: "Sehr geehrte Damen und Herren,",
  signOff: "Mit freundlichen Grüßen",
  subject: {
    overdue: (subject) => `Erinnerung: ${subject}`,
    incomplete: (subject) => `Unvollständige Antwort: ${subject}`,
    appeal: (subject) => `Einspruch: ${subject}`,
  },
  recap: ({ sentOn, lawPhrase, subject }) => `am ${sentOn} habe ich Ihnen einen Antrag nach ${lawPhrase} mit dem Betreff „${subject}“ geschickt.`,
  acknowledged: (date) => `Sie haben den Eingang am ${date} bestätigt.`,
  extended: (date) => `Am ${date} haben Sie die Frist für Ihre Antwort verlängert.`,
  earlierReminders: (dates) => `Ich habe Sie am ${list(dates)} daran erinnert.`,
  overdue: ({ dueDate, citation }) => `Die Frist für Ihre Antwort ist am ${dueDate} abgelaufen (${citation}). Eine Antwort habe ich nicht erhalten.`,
  incomplete: (answeredOn) => `Am ${answeredOn} habe ich Ihre Antwort erhalten. Sie enthält nicht alles, was das Gesetz verlangt; es fehlen noch:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Am ${refusedOn} haben Sie meinen Antrag abgelehnt${reason ? ` mit der Begründung: „${reason}“` : ", ohne einen Grund zu nennen"}.`,
  appeal: ({ citation, days }) =>
    `Gegen diese Entscheidung lege ich hiermit Einspruch ein (${citation}). Bitte teilen Sie mir innerhalb von ${days} Tagen nach Eingang schriftlich mit, was Sie auf den Einspruch hin unternommen haben oder nicht, mit einer Begründung.`,
  demand: (replyBy) => `Bitte beantworten Sie meinen Antrag unverzüglich und vollständig, spätestens bis zum ${replyBy}.`,
  thenComplain: (authority, citation) =>
    `Liegt mir bis dahin keine vollständige Antwort vor, werde ich mich bei der zuständigen Aufsichtsbehörde${authority ? ` (${authority})` : ""} beschweren (${citation}).`,
};
