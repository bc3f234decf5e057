import { dutchCitations } from "./citations";
import { rightsNl } from "./nl-rights";
import type { LetterTemplate } from "./types";

// Formal Dutch correspondence addresses the company as "u"; the GDPR is the AVG.
export const nl: LetterTemplate = {
  language: "nl",
  locale: "nl-NL",
  citations: dutchCitations,
  lawName: { "eu-gdpr": "AVG" },
  lawPhrase: { "eu-gdpr": "de Algemene verordening gegevensbescherming (AVG)" },
  heading: (title, article) => `${title} op grond van ${article}`,
  salutation: "Geachte heer, mevrouw,",
  intro: {
    gdpr: (law) => `Hierbij oefen ik mijn rechten als betrokkene uit op grond van ${law}.`,
    other: (law) => `Hierbij oefen ik mijn rechten uit op grond van ${law}.`,
  },
  policyAcknowledges: (quote, date) => `Uw eigen privacyverklaring${date ? ` (versie van ${date})` : ""} zegt dat zelf: "${quote}"`,
  identification: {
    lead: "Om mijn gegevens te vinden, kunt u gebruiken:",
    accountEmail: "E-mailadres van mijn account",
    username: (service) => `Gebruikersnaam bij ${service}`,
    postalAddress: "Postadres",
    policyAsks: ({ fromAccount, username }) =>
      fromAccount && username
        ? "Zoals uw privacyverklaring vraagt, stuur ik dit verzoek vanaf het e-mailadres van mijn account en vermeld ik mijn gebruikersnaam."
        : fromAccount
          ? "Zoals uw privacyverklaring vraagt, stuur ik dit verzoek vanaf het e-mailadres van mijn account."
          : "Zoals uw privacyverklaring vraagt, vermeld ik mijn gebruikersnaam.",
  },
  rights: rightsNl,
  deadline: {
    single: (date, citation) => `Ik verzoek u zonder onredelijke vertraging en uiterlijk op ${date} te reageren (${citation}).`,
    several: "Ik verzoek u zonder onredelijke vertraging en uiterlijk op de volgende data te reageren:",
    item: (heading, date, citation) => `– ${heading}: uiterlijk op ${date} (${citation})`,
    estimate: "De data in deze brief heb ik zelf berekend aan de hand van de wettelijke termijnen; wijken zij daarvan af, dan gelden de wettelijke termijnen.",
    acknowledge: (date, citation) => `Ik verzoek u de ontvangst van dit verzoek uiterlijk op ${date} te bevestigen (${citation}).`,
    policyPromise: (period, quote, date) =>
      `Uw privacyverklaring belooft een antwoord binnen ${period} ("${quote}"); ik verwacht uw antwoord daarom uiterlijk op ${date}.`,
    period: ({ days, months }) => (days !== undefined ? `${days} ${days === 1 ? "dag" : "dagen"}` : `${months} ${months === 1 ? "maand" : "maanden"}`),
  },
  closing: {
    gdpr: (law) => [
      `De behandeling van dit verzoek moet voor mij kosteloos zijn (art. 12 lid 5 ${law}). Hierboven heb ik vermeld wat u nodig hebt om mijn gegevens te vinden; vraag alleen om aanvullende informatie ter bevestiging van mijn identiteit als u gegronde twijfel hebt over mijn identiteit (art. 12 lid 6 ${law}).`,
    ],
    other: () => [
      "Ik verzoek u kosteloos te antwoorden en alleen om verdere identificatie te vragen voor zover u die redelijkerwijs nodig hebt om mijn gegevens te vinden.",
    ],
  },
  complaint: (authority, citation) =>
    `Heb ik op die datum geen volledig antwoord ontvangen, dan behoud ik mij het recht voor een klacht in te dienen bij de bevoegde toezichthoudende autoriteit (${citation})${authority ? `: ${authority}` : ""}.`,
  scopeNote: (note) => `Ik wijs u op wat de wet bepaalt (tekst van de bron): ${note}.`,
  complaintFirst: (citation) =>
    `Heb ik op die datum geen volledig antwoord ontvangen, dan geldt deze brief als aankondiging dat ik eerst bij u een klacht indien over de behandeling van mijn verzoek (${citation}) en daarna, zo nodig, bij de autoriteit.`,
  noStatute: {
    intro:
      "Voor zover ik weet, geeft geen gegevensbeschermingswet waar ik woon mij hierop een wettelijk recht; de datum hieronder berust dus niet op een wettelijke termijn. Ik beroep mij op de toezeggingen in uw privacyverklaring en verzoek u binnen 30 dagen te antwoorden.",
    complaint: "Heb ik op die datum geen antwoord ontvangen, dan wend ik mij tot een consumentenorganisatie.",
  },
  signOff: "Hoogachtend,",
  attentionLabel: "T.a.v.",
  pageLabel: (page, pages) => `Pagina ${page} van ${pages}`,
};
