import type { ComplaintTemplate } from "./follow-up-types";

const list = (dates: string[]) => (dates.length < 2 ? (dates[0] ?? "") : `${dates.slice(0, -1).join(", ")} en ${dates.at(-1)}`);

// Art. 77 AVG: "een klacht indienen bij een toezichthoudende autoriteit".
export const complaintNl: ComplaintTemplate = {
  language: "nl",
  salutation: "Geachte heer, mevrouw,",
  signOff: "Hoogachtend,",
  subject: (controller) => `Klacht over ${controller}: mijn verzoek op grond van de gegevensbescherming`,
  lodge: {
    gdpr: ({ controller, citation }) => `Hierbij dien ik een klacht in tegen ${controller} (${citation}).`,
    ccpa: ({ controller, citation }) =>
      `Hierbij dien ik een klacht in tegen ${controller}, een onderneming die onder de California Consumer Privacy Act valt (${citation}).`,
    other: ({ controller, citation }) => `Hierbij dien ik een klacht in tegen ${controller} (${citation}).`,
  },
  request: ({ sentOn, lawPhrase, subject, articles }) =>
    `Op ${sentOn} heb ik bij hen een verzoek ingediend op grond van ${lawPhrase} (${articles}), met als onderwerp "${subject}".`,
  noAnswer: ({ dueDate, citation }) => `De termijn voor een antwoord is op ${dueDate} verstreken (${citation}). Ik heb geen antwoord ontvangen.`,
  reminded: (dates) => `Ik heb hen op ${list(dates)} herinnerd, zonder resultaat.`,
  partial: (answeredOn) => `Op ${answeredOn} hebben zij geantwoord, maar het antwoord bevat niet wat de wet vereist:`,
  missingItem: (ask, citation) => `– ${ask}${citation ? ` (${citation})` : ""}`,
  refused: ({ refusedOn, reason }) =>
    `Op ${refusedOn} hebben zij het verzoek afgewezen${reason ? `, met als reden: "${reason}"` : " zonder een reden te geven"}. Ik acht de afwijzing ongegrond.`,
  appealDenied: (date) => `Op ${date} heb ik tegen de afwijzing bezwaar gemaakt; dat heeft niet geleid tot een antwoord dat aan de wet voldoet.`,
  timelineLead: "Verloop in de tijd:",
  timelineItem: (date, what) => `– ${date}: ${what}`,
  eventText: {
    sent: "verzoek door mij verzonden",
    acknowledged: "ontvangst bevestigd",
    "identity-requested": "bewijs van mijn identiteit gevraagd",
    "identity-received": "bewijs van mijn identiteit door mij geleverd",
    "clarification-requested": "verduidelijking van het verzoek gevraagd",
    "clarification-received": "verzoek door mij verduidelijkt",
    "extension-claimed": "termijn voor het antwoord verlengd",
    "answer-received": "antwoord ontvangen",
    "answer-partial": "gedeeltelijk antwoord ontvangen",
    refused: "verzoek afgewezen",
    "follow-up-sent": "herinnering door mij verzonden",
    appealed: "bezwaar tegen de afwijzing door mij gemaakt",
  },
  ask: {
    gdpr: "Ik verzoek u deze klacht te onderzoeken, mij op de hoogte te houden van de voortgang en het resultaat, en de verwerkingsverantwoordelijke te gelasten aan mijn verzoek te voldoen.",
    ccpa: "Ik verzoek u een onderzoek in te stellen en de maatregelen te nemen waarin de wet voorziet, zodat de onderneming aan mijn verzoek voldoet.",
    other: "Ik verzoek u een onderzoek in te stellen en de maatregelen te nemen waarin de wet voorziet, zodat de organisatie aan mijn verzoek voldoet.",
  },
  enclosed: "Als bijlage voeg ik een dossier bij met het gedateerde verloop, mijn brieven en mijn aantekeningen.",
  contact: "U kunt mij bereiken via:",
};
