import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} et ${dates.at(-1)}`);

// Art. 77 RGPD: "introduire une réclamation auprès d'une autorité de contrôle".
export const complaintFr: ComplaintTemplate = {
  language: "fr",
  salutation: "Madame, Monsieur,",
  signOff: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
  subject: (controller) => `Réclamation contre ${controller} : ma demande relative à mes données personnelles`,
  lodge: {
    gdpr: ({ controller, citation }) => `Par la présente, j'introduis une réclamation contre ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `Par la présente, j'introduis une réclamation contre ${controller}, entreprise soumise au California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `Par la présente, j'introduis une réclamation contre ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `Le ${sentOn}, j'ai adressé à cet organisme une demande en vertu ${lawPhrase} (${articles}), sous l'objet « ${subject} ».`,
  noAnswer: ({ dueDate, citation }) => `Le délai de réponse a expiré le ${dueDate} (${citation}). Je n'ai reçu aucune réponse.`,
  reminded: (dates) => `J'ai adressé une relance le ${list(dates)}, sans résultat.`,
  partial: (answeredOn) => `Le ${answeredOn}, une réponse m'a été adressée, mais elle ne contient pas ce que la loi exige :`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Le ${refusedOn}, ma demande a été refusée${reason ? ` au motif suivant : « ${reason} »` : " sans en donner le motif"}. J'estime ce refus infondé.`,
  appealDenied: (date) => `J'ai contesté ce refus le ${date} ; cette contestation n'a pas abouti à une réponse conforme à la loi.`,
  timelineLead: "Chronologie :",
  timelineItem: (date, what) => `– ${date} : ${what}`,
  eventText: {
    sent: "envoi de ma demande",
    acknowledged: "accusé de réception",
    "identity-requested": "demande de justificatif d'identité",
    "identity-received": "envoi de mon justificatif d'identité",
    "clarification-requested": "demande de précisions sur ma demande",
    "clarification-received": "envoi de mes précisions",
    "extension-claimed": "prolongation du délai de réponse",
    "answer-received": "réponse reçue",
    "answer-partial": "réponse partielle reçue",
    refused: "refus de la demande",
    "follow-up-sent": "envoi d'une relance",
    appealed: "contestation du refus",
  },
  ask: {
    gdpr: "Je vous prie d'examiner cette réclamation, de m'informer de l'état d'avancement et de l'issue de son traitement, et d'ordonner au responsable du traitement de satisfaire à ma demande.",
    ccpa: "Je vous prie d'enquêter et de prendre les mesures prévues par la loi afin que l'entreprise satisfasse à ma demande.",
    other: "Je vous prie d'enquêter et de prendre les mesures prévues par la loi afin que l'organisme satisfasse à ma demande.",
  },
  enclosed: "Vous trouverez en pièce jointe un dossier comprenant la chronologie datée, mes courriers et mes notes.",
  contact: "Vous pouvez me joindre aux coordonnées suivantes :",
};
