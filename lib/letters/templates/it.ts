import { italianCitations } from "./citations";
import { rightsIt } from "./it-rights";
import type { LetterTemplate } from "./types";

// Formal Italian business letters address the company with a capitalised "Voi"; the regulation is
// cited as "GDPR", as Italian practice writes it.
export const it: LetterTemplate = {
  language: "it",
  locale: "it-IT",
  citations: italianCitations,
  lawName: { "eu-gdpr": "GDPR" },
  lawPhrase: { "eu-gdpr": "del regolamento generale sulla protezione dei dati (GDPR)" },
  heading: (title, article) => `${title} ai sensi dell'${article}`,
  salutation: "Spettabile Società,",
  intro: {
    gdpr: (law) => `con la presente esercito i miei diritti di interessato ai sensi ${law}.`,
    other: (law) => `con la presente esercito i miei diritti ai sensi ${law}.`,
  },
  policyAcknowledges: (quote, date) => `La Vostra stessa informativa sulla privacy${date ? ` (versione del ${date})` : ""} lo afferma: «${quote}»`,
  identification: {
    lead: "Per individuare i miei dati potete utilizzare:",
    accountEmail: "Indirizzo e-mail del mio account",
    username: (service) => `Nome utente su ${service}`,
    postalAddress: "Indirizzo postale",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Come richiesto dalla Vostra informativa sulla privacy, invio la presente richiesta dall'indirizzo e-mail del mio account e indico il mio nome utente."
        : fromAccount
          ? "Come richiesto dalla Vostra informativa sulla privacy, invio la presente richiesta dall'indirizzo e-mail del mio account."
          : "Come richiesto dalla Vostra informativa sulla privacy, indico il mio nome utente.",
  },
  rights: rightsIt,
  deadline: {
    single: (date, citation) => `Vi chiedo di rispondere senza ingiustificato ritardo e comunque entro il ${date} (${citation}).`,
    several: "Vi chiedo di rispondere senza ingiustificato ritardo e comunque entro le seguenti date:",
    item: (heading, date, citation) => `– ${heading}: entro il ${date} (${citation})`,
    estimate: "Ho calcolato le date indicate sulla base dei termini di legge; ove se ne discostino, prevalgono i termini di legge.",
    acknowledge: (date, citation) => `Vi chiedo di confermare la ricezione della presente richiesta entro il ${date} (${citation}).`,
    policyPromise: (period, quote, date) =>
      `La Vostra informativa sulla privacy promette una risposta entro ${period} («${quote}»); attendo pertanto la Vostra risposta entro il ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "giorno" : "giorni"}` : `${months} ${months === 1 ? "mese" : "mesi"}`),
  },
  closing: {
    gdpr: (law) => [
      `La gestione della presente richiesta deve essere gratuita per me (art. 12, par. 5, ${law}). Ho fornito sopra le informazioni necessarie per individuare i miei dati; ulteriori informazioni per confermare la mia identità possono essere richieste solo in caso di ragionevoli dubbi al riguardo (art. 12, par. 6, ${law}).`,
    ],
    other: () => [
      "Vi chiedo di rispondere gratuitamente e di richiedere ulteriori dati identificativi solo nella misura ragionevolmente necessaria per individuare i miei dati.",
    ],
  },
  complaint: (authority, citation) =>
    `In mancanza di una risposta completa entro tale data, mi riservo di proporre reclamo all'autorità di controllo competente (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Ricordo quanto prevede la legge (testo della fonte): ${note}.`,
  complaintFirst: (citation) =>
    `In mancanza di una risposta completa entro tale data, la presente vale come preavviso che presenterò dapprima a Voi un reclamo sulla gestione della mia richiesta (${citation}) e, se necessario, all'autorità.`,
  noStatute: {
    intro:
      "Per quanto mi risulta, nessuna legge sulla protezione dei dati del luogo in cui risiedo mi riconosce questo diritto, per cui la data indicata di seguito non si basa su un termine di legge. Mi richiamo agli impegni pubblicati nella Vostra informativa sulla privacy e Vi chiedo una risposta entro 30 giorni.",
    complaint: "In mancanza di risposta entro tale data, mi rivolgerò a un'associazione dei consumatori.",
  },
  signOff: "Distinti saluti",
  attentionLabel: "All'attenzione di",
  pageLabel: (page, pages) => `Pagina ${page} di ${pages}`,
};
