import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} e ${dates.at(-1)}`);

// Art. 77 GDPR: "proporre reclamo a un'autorità di controllo".
export const complaintIt: ComplaintTemplate = {
  language: "it",
  salutation: "Spettabile Autorità,",
  signOff: "Distinti saluti",
  subject: (controller) => `Reclamo nei confronti di ${controller}: la mia richiesta in materia di protezione dei dati`,
  lodge: {
    gdpr: ({ controller, citation }) => `con la presente propongo reclamo nei confronti di ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `con la presente propongo reclamo nei confronti di ${controller}, impresa soggetta al California Consumer Privacy Act (${citation}).`,
    other: ({ controller, citation }) => `con la presente propongo reclamo nei confronti di ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `In data ${sentOn} ho inviato al titolare una richiesta ai sensi ${lawPhrase} (${articles}), con oggetto «${subject}».`,
  noAnswer: ({ dueDate, citation }) => `Il termine per la risposta è scaduto il ${dueDate} (${citation}). Non ho ricevuto alcuna risposta.`,
  reminded: (dates) => `Ho inviato solleciti in data ${list(dates)}, senza esito.`,
  partial: (answeredOn) => `In data ${answeredOn} ho ricevuto una risposta, che tuttavia non contiene quanto richiesto dalla legge:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `In data ${refusedOn} la mia richiesta è stata respinta${reason ? ` con la seguente motivazione: «${reason}»` : " senza alcuna motivazione"}. Ritengo il rifiuto infondato.`,
  appealDenied: (date) => `In data ${date} ho contestato il rifiuto; ciò non ha portato a una risposta conforme alla legge.`,
  timelineLead: "Cronologia:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "invio della mia richiesta",
    acknowledged: "conferma di ricezione",
    "identity-requested": "richiesta di prova della mia identità",
    "identity-received": "invio della prova della mia identità",
    "clarification-requested": "richiesta di chiarimenti sulla richiesta",
    "clarification-received": "invio dei miei chiarimenti",
    "extension-claimed": "proroga del termine di risposta",
    "answer-received": "risposta ricevuta",
    "answer-partial": "risposta parziale ricevuta",
    refused: "rigetto della richiesta",
    "follow-up-sent": "invio di un sollecito",
    appealed: "contestazione del rigetto",
  },
  ask: {
    gdpr: "Chiedo che il reclamo sia esaminato, di essere informato sullo stato e sull'esito del procedimento e che sia ingiunto al titolare del trattamento di soddisfare la mia richiesta.",
    ccpa: "Chiedo che sia svolta un'istruttoria e siano adottate le misure previste dalla legge affinché l'impresa soddisfi la mia richiesta.",
    other: "Chiedo che sia svolta un'istruttoria e siano adottate le misure previste dalla legge affinché l'organizzazione soddisfi la mia richiesta.",
  },
  enclosed: "Allego un fascicolo con la cronologia datata, la mia corrispondenza e le mie note.",
  contact: "Sono raggiungibile ai seguenti recapiti:",
};
